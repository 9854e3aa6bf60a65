package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import org.springframework.context.ApplicationEventPublisher;

/** The demo workshop on a real SQLite file with the wage-value services wired by hand. */
final class WageValueFixture implements AutoCloseable {

    final StationFixture workshop;
    final AuditLog audit;
    final NormService norms;
    final RosterService rosters;
    final WageValueRollups rollups;
    final WageValueService wageValue;
    final ZoneId zone = ZoneId.of("Europe/Amsterdam");
    final StapwijsProperties properties;
    private final List<Object> listeners = new ArrayList<>();

    WageValueFixture(Path dir) {
        this(new StationFixture(dir), dir);
    }

    /** The same on any database, e.g. PostgreSQL. */
    WageValueFixture(nl.stapwijs.base.db.Database database, Path dir) {
        this(new StationFixture(database, dir), dir);
    }

    private WageValueFixture(StationFixture workshop, Path dir) {
        this.workshop = workshop;
        properties = new StapwijsProperties(dir, zone, new StapwijsProperties.Demo(true, 7L, 0));
        ApplicationEventPublisher events = event -> listeners.forEach(l -> {
            if (l instanceof NormPaceOfNorms pace && event instanceof NormAdded added) {
                pace.on(added);
            } else if (l instanceof WageValueRollups r && event instanceof NormAdded added) {
                r.on(added);
            } else if (l instanceof WageValueRollups r && event instanceof RosterChanged changed) {
                r.on(changed);
            }
        });
        audit = new AuditLog(workshop.database, workshop.clock);
        norms = new NormService(workshop.database, workshop.clock, events);
        rosters = new RosterService(workshop.database, workshop.clock, properties, events);
        rollups = new WageValueRollups(workshop.database, workshop.journal, workshop.workforce, norms, rosters,
                workshop.clock, properties);
        listeners.add(rollups);
        wageValue = new WageValueService(workshop.database, workshop.journal, workshop.workforce, norms, rosters,
                rollups, audit, new SubsidySettings(new Settings(workshop.database), workshop.database, audit, workshop.clock,
                properties), workshop.clock, properties);
    }

    /** Hands this fixture's events (new norms, changed rosters) to one more listener. */
    <T> T listening(T listener) {
        listeners.add(listener);
        return listener;
    }

    /** The demo roster on every team, in force long before any test's journal. */
    WageValueFixture withRosters() {
        List<RosteredDay> days = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.add(new RosteredDay(d, LocalTime.of(8, 0), LocalTime.of(16, 30), Fixtures.ROSTER.breaksOn(d)));
        }
        workshop.workforce.teams().forEach(t -> rosters.addVersion(t.id(), LocalDate.of(2025, 1, 1), days, "test"));
        return this;
    }

    Norm norm(String taskCode, String seconds, Instant effectiveFrom) {
        return norms.addVersion(new NormDraft(workshop.taskId(taskCode), new BigDecimal(seconds), "one box",
                new BigDecimal("0.98"), new BigDecimal("0.05"), NormMethod.TIME_STUDY, 100, effectiveFrom, "test"), "test");
    }

    Worker worker(String badge) {
        return workshop.workforce.workerByBadge(badge).orElseThrow();
    }

    Viewer viewer(String username) {
        return workshop.staff.viewer(username).orElseThrow();
    }

    @Override
    public void close() {
        workshop.close();
    }
}
