package nl.stapwijs.coaching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.Instruction;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.wagevalue.CoachObservations;
import org.springframework.stereotype.Component;

/**
 * The coach's observations for the wage-value evidence pack: notes about how the worker works
 * (pace, quality, independence, attitude, working together) that were shared beyond the coach,
 * and the suggestions from production the coach accepted. Coach-only notes and notes about
 * well-being stay out: an assessment is about the work. The pack's own service checks scope
 * and audits the export before it asks.
 */
@Component
class PackObservations implements CoachObservations {

    static final Set<Tag> ABOUT_THE_WORK = EnumSet.of(Tag.TEMPO, Tag.KWALITEIT, Tag.ZELFSTANDIGHEID, Tag.WERKHOUDING,
            Tag.SAMENWERKEN);

    private final LogService log;
    private final ObservationService observations;
    private final InstructionService instructions;
    private final ZoneId zone;

    PackObservations(LogService log, ObservationService observations, InstructionService instructions,
            StapwijsProperties properties) {
        this.log = log;
        this.observations = observations;
        this.instructions = instructions;
        this.zone = properties.zone();
    }

    @Override
    public List<CoachObservation> observations(long workerId, LocalDate from, LocalDate to) {
        List<CoachObservation> found = new ArrayList<>();
        for (LogEntry entry : log.entries(List.of(workerId), Visibility.SUPERVISOR)) {
            if (!entry.writtenOn().isBefore(from) && !entry.writtenOn().isAfter(to) && !entry.tags().contains(Tag.WELZIJN)
                    && entry.tags().stream().anyMatch(ABOUT_THE_WORK::contains)) {
                found.add(new CoachObservation(entry.writtenOn(), entry.author(), entry.text()));
            }
        }
        Words dutch = new Words("nl");
        for (Observation o : observations.rows(List.of(workerId))) {
            LocalDate decided = o.decidedAt() == null ? null : o.decidedAt().atZone(zone).toLocalDate();
            if (o.status() == ObservationStatus.ACCEPTED && !decided.isBefore(from) && !decided.isAfter(to)) {
                String sentence = ObservationSentence.of(o, dutch::get,
                        task -> instructions.task(task, "nl").map(LocalizedTask::name).orElse("?"),
                        version -> instructions.instruction(version, "nl").map(Instruction::version));
                found.add(new CoachObservation(decided, o.decidedBy(), dutch.get("coaching.pack.accepted", sentence)));
            }
        }
        found.sort(Comparator.comparing(CoachObservation::date));
        return found;
    }
}
