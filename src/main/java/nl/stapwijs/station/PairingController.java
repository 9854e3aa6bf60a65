package nl.stapwijs.station;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.workforce.StationBinding;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Binding a browser or device to a station with a one-time pairing code. A browser gets an
 * HttpOnly cookie and goes to its station; a device (a Pi in the station role) gets its token
 * as JSON and keeps it itself.
 */
@RestController
class PairingController {

    private final StationBinding binding;
    private final StapwijsProperties properties;

    PairingController(StationBinding binding, StapwijsProperties properties) {
        this.binding = binding;
        this.properties = properties;
    }

    @PostMapping(value = "/pairing", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    void pairBrowser(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Optional<StationBinding.Bound> bound = binding.pair(code, browserLabel(request));
        if (bound.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/pair?wrong");
            return;
        }
        response.addCookie(StationAccess.cookie(bound.get().token(), request.isSecure()));
        response.sendRedirect(request.getContextPath() + "/station/"
                + URLEncoder.encode(bound.get().stationCode(), StandardCharsets.UTF_8));
    }

    /** Demo only: any browser may bind itself to a station, so a newcomer can try the kiosk at once. */
    @PostMapping(value = "/pairing/demo", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    void pairDemoBrowser(@RequestParam String station, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!properties.demo().enabled()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String code = binding.newPairingCode(station, "demo").code();
        pairBrowser(code, request, response);
    }

    @PostMapping(value = "/api/pair", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> pairDevice(@RequestBody Map<String, String> body) {
        return binding.pair(body.get("code"), body.getOrDefault("label", "device"))
                .map(bound -> ResponseEntity.ok(Map.of("station", bound.stationCode(), "token", bound.token())))
                .orElseGet(() -> ResponseEntity.status(403).body(Map.of("error",
                        "This pairing code is not valid (wrong, already used, or expired). Ask for a new one.")));
    }

    private static String browserLabel(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return "browser " + (agent == null ? "" : agent.replaceAll(".*(Chrome|Firefox|Safari)/([0-9]+).*", "$1 $2"));
    }
}
