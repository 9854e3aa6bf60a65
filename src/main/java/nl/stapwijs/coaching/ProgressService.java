package nl.stapwijs.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.Journal;
import org.springframework.stereotype.Service;

/**
 * The worker's own view of their development, for the station after sign-out and the "mijn
 * voortgang" screen. The station calls it for the worker signed in there and nobody else; it
 * holds only what was shared with the worker.
 */
@Service
public class ProgressService {

    private static final String TARGET = "openmoji:1F3AF";
    private static final int NOTES = 5;

    private final CoachingService coaching;
    private final LogService log;
    private final LevelService levels;
    private final InstructionService instructions;
    private final Journal journal;
    private final PhotoStore photos;
    private final Clock clock;
    private final ZoneId zone;

    public ProgressService(CoachingService coaching, LogService log, LevelService levels, InstructionService instructions,
            Journal journal, PhotoStore photos, Clock clock, StapwijsProperties properties) {
        this.coaching = coaching;
        this.log = log;
        this.levels = levels;
        this.instructions = instructions;
        this.journal = journal;
        this.photos = photos;
        this.clock = clock;
        this.zone = properties.zone();
    }

    public WorkerProgress of(long workerId, String language) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<WorkerProgress.GoalLine> reached = new ArrayList<>();
        List<WorkerProgress.GoalLine> working = new ArrayList<>();
        for (Goal goal : coaching.goalsOf(workerId)) {
            WorkerProgress.GoalLine line = new WorkerProgress.GoalLine(goal.text(), picture(goal, language), goal.reachedOn());
            if (goal.status() == GoalStatus.REACHED && goal.reachedOn() != null && goal.reachedOn().isAfter(today.minusYears(1))) {
                reached.add(line);
            } else if (goal.status() == GoalStatus.OPEN) {
                working.add(line);
            }
        }
        List<WorkerProgress.TaskLine> learned = new ArrayList<>();
        Map<Long, SkillRating> skills = LevelService.current(levels.skillHistory(List.of(workerId)).getOrDefault(workerId, Map.of()));
        skills.values().stream().filter(r -> r.level().learned()).forEach(r -> instructions.task(r.taskId(), language)
                .ifPresent(task -> learned.add(new WorkerProgress.TaskLine(r.taskId(), task.name(), task.task().pictogram(),
                        r.level(), r.setAt().atZone(zone).toLocalDate().isAfter(today.minusMonths(3))))));
        YearMonth month = YearMonth.from(today);
        int days = (int) journal.ofWorker(workerId, month.atDay(1).atStartOfDay(zone).toInstant(), clock.instant()).stream()
                .filter(e -> e.kind() == EventKind.SESSION_STARTED)
                .map(e -> e.occurredAt().atZone(zone).toLocalDate()).distinct().count();
        List<WorkerProgress.NoteLine> notes = log.entries(List.of(workerId), Visibility.WORKER).stream().limit(NOTES)
                .map(e -> new WorkerProgress.NoteLine(e.writtenOn(), e.forWorker(),
                        e.tags().stream().map(Tag::pictogram).toList(),
                        // A station holds the notes but not their photos: it shows what it has.
                        e.attachments().stream().map(Attachment::file).filter(photos::exists).toList(),
                        e.workerAudio()))
                .toList();
        return new WorkerProgress(reached, working, learned, month, days, notes);
    }

    /** A photo of a note shared with this worker, or nothing. */
    public Optional<byte[]> photo(long workerId, String file) {
        return log.entries(List.of(workerId), Visibility.WORKER).stream().flatMap(e -> e.attachments().stream())
                .filter(a -> a.file().equals(file)).findFirst().map(a -> photos.read(a.file()));
    }

    private String picture(Goal goal, String language) {
        if (!goal.taskIds().isEmpty()) {
            return instructions.task(goal.taskIds().get(0), language).map(LocalizedTask::task)
                    .map(nl.stapwijs.instruction.Task::pictogram).orElse(TARGET);
        }
        return goal.skills().isEmpty() ? TARGET : goal.skills().get(0).pictogram();
    }
}
