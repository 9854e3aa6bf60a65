package nl.stapwijs.production;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.export.Table;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/**
 * What was made, per day, hour, team and task: SQL aggregates of the journal's UNIT and REJECT
 * events (and of the daily totals where retention rolled detail up). A supervisor gets their
 * own teams only; team figures, never a person's.
 */
@Service
public class ProductionReport {

    /** Which output: days from and to (both included), and optionally one team or task. */
    public record Filter(LocalDate from, LocalDate to, Long teamId, Long taskId) {
    }

    private final Database database;
    private final WorkforceService workforce;
    private final InstructionService instructions;
    private final ZoneId zone;

    public ProductionReport(Database database, WorkforceService workforce, InstructionService instructions,
            StapwijsProperties properties) {
        this.database = database;
        this.workforce = workforce;
        this.instructions = instructions;
        this.zone = properties.zone();
    }

    /** The teams whose output the viewer may see. */
    public List<Team> teams(Viewer viewer) {
        return workforce.teams().stream().filter(t -> viewer.maySeeTeam(t.id())).toList();
    }

    public List<Produced> output(Viewer viewer, Filter filter) {
        OutputRepository repository = database.onReader(OutputRepository.class);
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, long[]> totals = new TreeMap<>();
        record Key(LocalDate day, int hour, long team, long task) {
        }
        Map<Key, long[]> sums = new java.util.HashMap<>();
        for (OutputHourRow row : repository.hourly(from.toEpochMilli(), to.toEpochMilli())) {
            ZonedDateTime at = Instant.ofEpochMilli(row.hour() * 3_600_000L).atZone(zone);
            add(sums, new Key(at.toLocalDate(), at.getHour(), row.teamId(), row.taskId()), row.kind(), row.quantity());
        }
        for (OutputDayRow row : repository.daily(filter.from().toString(), filter.to().plusDays(1).toString())) {
            add(sums, new Key(LocalDate.parse(row.day()), -1, row.teamId(), row.taskId()), row.kind(), row.quantity());
        }
        totals.clear();
        return sums.entrySet().stream()
                .filter(e -> viewer.maySeeTeam(e.getKey().team()))
                .filter(e -> filter.teamId() == null || filter.teamId() == e.getKey().team())
                .filter(e -> filter.taskId() == null || filter.taskId() == e.getKey().task())
                .map(e -> new Produced(e.getKey().day(), e.getKey().hour(), e.getKey().team(), e.getKey().task(),
                        e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(Produced::day).thenComparing(Produced::hour)
                        .thenComparing(Produced::teamId).thenComparing(Produced::taskId))
                .toList();
    }

    /** Good units and rejects per day of the period, every day present (zero where nothing was made). */
    public static Map<LocalDate, long[]> perDay(List<Produced> output, Filter filter) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        output.forEach(p -> {
            long[] day = days.get(p.day());
            if (day != null) {
                day[0] += p.units();
                day[1] += p.rejects();
            }
        });
        return days;
    }

    /** Good units per clock hour (0–23) of one day. */
    public static long[] perHour(List<Produced> output, LocalDate day) {
        long[] hours = new long[24];
        output.stream().filter(p -> p.day().equals(day) && p.hour() >= 0).forEach(p -> hours[p.hour()] += p.units());
        return hours;
    }

    /** The export: one row per day, team and task, with the task's unit word. */
    public Table table(Viewer viewer, Filter filter, Words words) {
        Map<Long, String> teams = workforce.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        Function<Long, LocalizedTask> task = id -> instructions.task(id, "nl").orElse(null);
        Map<Long, LocalizedTask> tasks = new java.util.HashMap<>();
        record Key(LocalDate day, long team, long task) {
        }
        Map<Key, long[]> days = new TreeMap<>(Comparator.comparing(Key::day).thenComparing(Key::team).thenComparing(Key::task));
        for (Produced p : output(viewer, filter)) {
            long[] sum = days.computeIfAbsent(new Key(p.day(), p.teamId(), p.taskId()), k -> new long[2]);
            sum[0] += p.units();
            sum[1] += p.rejects();
        }
        List<List<Object>> rows = new ArrayList<>();
        days.forEach((key, sum) -> {
            LocalizedTask t = tasks.computeIfAbsent(key.task(), task);
            rows.add(Table.row(key.day(), teams.getOrDefault(key.team(), "?"), t == null ? "?" : t.task().code(),
                    t == null ? "?" : t.name(), sum[0], sum[1], t == null ? "" : t.units(2)));
        });
        return new Table(words.of("staff.production.sheet"), List.of(words.of("staff.export.day"),
                words.of("staff.export.team"), words.of("staff.export.taskCode"), words.of("staff.export.task"),
                words.of("staff.export.units"), words.of("staff.export.rejects"), words.of("staff.export.unit")), rows);
    }

    private static <K> void add(Map<K, long[]> sums, K key, String kind, long quantity) {
        sums.computeIfAbsent(key, k -> new long[2])["UNIT".equals(kind) ? 0 : 1] += quantity;
    }
}
