package nl.stapwijs.wagevalue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Viewer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recompute anywhere, over HTTP: the full calculation for a worker and period as JSON (the same
 * output as the Recompute command), and the journal slice it was made from. For signed-in staff
 * and scoped like the pages; a worker outside the scope is simply not found. Dates are local,
 * {@code to} inclusive, as on the pages.
 */
@RestController
class WageValueController {

    private final WageValueService wageValue;
    private final CurrentViewer current;

    WageValueController(WageValueService wageValue, CurrentViewer current) {
        this.wageValue = wageValue;
        this.current = current;
    }

    @GetMapping(value = "/api/wagevalue/{workerId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> calculation(@PathVariable long workerId, @RequestParam String from, @RequestParam String to) {
        return answer(workerId, from, to, false);
    }

    @GetMapping(value = "/api/wagevalue/{workerId}/slice", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> slice(@PathVariable long workerId, @RequestParam String from, @RequestParam String to) {
        return answer(workerId, from, to, true);
    }

    private ResponseEntity<String> answer(long workerId, String from, String to, boolean slice) {
        Viewer viewer = current.get().orElse(null);
        if (viewer == null) {
            return ResponseEntity.status(401).build();
        }
        Period period;
        try {
            period = new Period(LocalDate.parse(from), LocalDate.parse(to).plusDays(1));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return ResponseEntity.badRequest().body("{\"error\":\"from and to are dates (yyyy-mm-dd), from <= to\"}");
        }
        return (slice ? wageValue.slice(viewer, workerId, period).map(SliceFile::text)
                : wageValue.recompute(viewer, workerId, period))
                .map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }
}
