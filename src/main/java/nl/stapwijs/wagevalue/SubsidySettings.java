package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import org.springframework.stereotype.Component;

/**
 * What a loonkostensubsidie estimate needs beyond the measurement: the paying municipality's
 * conventions (company settings, defaults a calendar month, cents per period, no flat rate), the
 * parameter table (shipped rows plus the rows an admin adds when the minimum wage changes) and
 * the worker's contract. Stapwijs keeps no employment start date of its own; the first-six-months
 * flat rate uses the date an admin sets here.
 */
@Component
public class SubsidySettings {

    static final String NAME = "lks.municipality";
    static final String PERIOD = "lks.period";
    static final String ROUNDING = "lks.rounding";
    static final String FLAT_RATE = "lks.flat-rate-first-six-months";
    static final String STARTED = "lks.started.";
    /** Long before any subsidy rule of today: a worker without a start date is past the first six months. */
    private static final LocalDate LONG_EMPLOYED = LocalDate.of(2000, 1, 1);

    private final Settings settings;
    private final Database database;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public SubsidySettings(Settings settings, Database database, AuditLog audit, Clock clock,
            StapwijsProperties properties) {
        this.settings = settings;
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** Only workers on a subsidised scheme get an estimate (loonkostensubsidie, beschut werk). */
    public boolean applies(Worker worker) {
        return worker.scheme() == Scheme.LKS || worker.scheme() == Scheme.BESCHUT;
    }

    public Municipality municipality() {
        return new Municipality(settings.text(NAME, ""),
                SubsidyPeriod.valueOf(settings.text(PERIOD, SubsidyPeriod.MONTH.name())),
                SubsidyRounding.valueOf(settings.text(ROUNDING, SubsidyRounding.CENT_PER_PERIOD.name())),
                Boolean.parseBoolean(settings.text(FLAT_RATE, "false")));
    }

    /** Changes the conventions from now on; an estimate names the ones that produced it. */
    public void setMunicipality(Viewer viewer, Municipality municipality) {
        requireAdmin(viewer);
        settings.put(NAME, municipality.name() == null ? "" : municipality.name().strip());
        settings.put(PERIOD, municipality.period().name());
        settings.put(ROUNDING, municipality.rounding().name());
        settings.put(FLAT_RATE, String.valueOf(municipality.flatRateInFirstSixMonths()));
    }

    public Employment employment(Worker worker) {
        return new Employment(BigDecimal.valueOf(worker.contractHours()), startedOn(worker.id()).orElse(LONG_EMPLOYED),
                null);
    }

    public Optional<LocalDate> startedOn(long workerId) {
        String started = settings.text(STARTED + workerId, "");
        return started.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(started));
    }

    /** The date the worker's subsidised employment began (personal data: audited). */
    public void setStartedOn(Viewer viewer, Worker worker, LocalDate startedOn) {
        requireAdmin(viewer);
        settings.put(STARTED + worker.id(), startedOn.toString());
        audit.record(viewer.username(), AuditAction.CHANGE, "EMPLOYMENT", worker.id(), "subsidised since " + startedOn);
    }

    /** The shipped rows and the stored ones, as the estimate uses them. */
    public LksParameterTable parameters() {
        List<LksParameters> rows = new ArrayList<>(LksParameterTable.bundled().rows());
        stored().forEach(r -> rows.add(r.parameters()));
        return new LksParameterTable(rows);
    }

    /** The rows admins added, with who and when. */
    public List<LksParameterRow> stored() {
        return database.onReader(LksParameterRepository.class).all();
    }

    /**
     * Adds a row from today or later, so an estimate already made keeps its parameters; a date
     * that already has a row is refused (rows are never changed).
     */
    public void addParameters(Viewer viewer, LksParameters row) {
        requireAdmin(viewer);
        if (row.effectiveFrom().isBefore(LocalDate.now(clock.withZone(zone)))) {
            throw new IllegalArgumentException("Subsidy parameters take effect from today or later");
        }
        if (parameters().rows().stream().anyMatch(p -> p.effectiveFrom().equals(row.effectiveFrom()))) {
            throw new IllegalArgumentException("There are parameters from " + row.effectiveFrom() + " already");
        }
        database.writeVoid(tx -> tx.attach(LksParameterRepository.class)
                .insert(LksParameterRow.of(row, viewer.username(), clock.instant())));
    }

    public JournalSlice.LksSettings forSlice(Worker worker) {
        return new JournalSlice.LksSettings(employment(worker), municipality(), parameters().rows());
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.is(Role.ADMIN)) {
            throw new SecurityException("Only an administrator changes the subsidy settings");
        }
    }
}
