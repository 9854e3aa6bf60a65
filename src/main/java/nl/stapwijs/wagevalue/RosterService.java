package nl.stapwijs.wagevalue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Team rosters: working days, hours and the rostered breaks that the measurement does not count
 * against anyone. Versioned like norms: a change takes effect from today or later, except a
 * team's first roster, so days already measured keep the roster they were measured with.
 */
@Service
public class RosterService {

    private final Database database;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    public RosterService(Database database, Clock clock, StapwijsProperties properties, ApplicationEventPublisher events) {
        this.database = database;
        this.clock = clock;
        this.zone = properties.zone();
        this.events = events;
    }

    public List<TeamRoster> versions(long teamId) {
        RosterRepository rosters = database.onReader(RosterRepository.class);
        Map<Integer, List<RosteredDay>> days = new LinkedHashMap<>();
        List<RosterRows.Break> breaks = rosters.breaks(teamId);
        for (RosterRows.Day day : rosters.days(teamId)) {
            List<BreakWindow> windows = breaks.stream()
                    .filter(b -> b.version() == day.version() && b.weekday().equals(day.weekday()))
                    .map(b -> new BreakWindow(LocalTime.parse(b.startTime()), LocalTime.parse(b.endTime()))).toList();
            days.computeIfAbsent(day.version(), v -> new ArrayList<>()).add(new RosteredDay(DayOfWeek.valueOf(day.weekday()),
                    LocalTime.parse(day.startTime()), LocalTime.parse(day.endTime()), windows));
        }
        return rosters.versions(teamId).stream().map(v -> new TeamRoster(teamId, v.version(),
                LocalDate.parse(v.effectiveFrom()), new Roster(ZoneId.of(v.zone()), days.getOrDefault(v.version(), List.of())),
                v.setBy(), Instant.ofEpochMilli(v.setAt()))).toList();
    }

    /** The version in force today, if the team has a roster. */
    public Optional<TeamRoster> current(long teamId) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return versions(teamId).stream().filter(r -> !r.effectiveFrom().isAfter(today)).reduce((a, b) -> b)
                .or(() -> versions(teamId).stream().findFirst());
    }

    /**
     * Every version of the team's roster for the calculator. A team without a roster gets an empty
     * one: every break then counts as extra, which the pages point out.
     */
    public RosterTimeline timeline(long teamId) {
        Map<LocalDate, Roster> versions = new LinkedHashMap<>();
        versions(teamId).forEach(v -> versions.put(v.effectiveFrom(), v.roster()));
        return versions.isEmpty() ? RosterTimeline.always(new Roster(zone, List.of())) : new RosterTimeline(versions);
    }

    public TeamRoster addVersion(Viewer viewer, long teamId, LocalDate effectiveFrom, List<RosteredDay> days) {
        if (!viewer.is(Role.ADMIN) && !viewer.maySeeTeam(teamId)) {
            throw new SecurityException("Only an administrator or the team's supervisor sets its roster");
        }
        return addVersion(teamId, effectiveFrom, days, viewer.username());
    }

    /** Stores a roster version set outside the staff pages (a company's set-up, the demo). */
    public TeamRoster addVersion(long teamId, LocalDate effectiveFrom, List<RosteredDay> days, String setBy) {
        Roster roster = new Roster(zone, days);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        long now = clock.millis();
        TeamRoster stored = database.write(tx -> {
            RosterRepository rosters = tx.attach(RosterRepository.class);
            List<RosterRows.Version> earlier = rosters.versions(teamId);
            if (!earlier.isEmpty() && effectiveFrom.isBefore(today)) {
                throw new IllegalArgumentException("A roster change takes effect from today or later");
            }
            if (earlier.stream().anyMatch(v -> !LocalDate.parse(v.effectiveFrom()).isBefore(effectiveFrom))) {
                throw new IllegalArgumentException("A roster change takes effect after the version before it");
            }
            int version = earlier.size() + 1;
            rosters.insert(new RosterRows.Version(teamId, version, effectiveFrom.toString(), zone.getId(), setBy, now));
            for (RosteredDay day : roster.days()) {
                rosters.insert(new RosterRows.Day(teamId, version, day.weekday().name(), day.start().toString(),
                        day.end().toString()));
                for (BreakWindow window : day.breaks()) {
                    rosters.insert(new RosterRows.Break(teamId, version, day.weekday().name(), window.start().toString(),
                            window.end().toString()));
                }
            }
            return new TeamRoster(teamId, version, effectiveFrom, roster, setBy, Instant.ofEpochMilli(now));
        });
        events.publishEvent(new RosterChanged(stored));
        return stored;
    }
}
