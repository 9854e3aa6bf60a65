package nl.stapwijs.coaching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.production.Journal;
import nl.stapwijs.wagevalue.Norms;
import nl.stapwijs.wagevalue.Roster;
import nl.stapwijs.wagevalue.WageValueCalculator;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Site;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/**
 * What the municipality may know: per site and scheme, how many people worked, their hours, how
 * many moved up the Participatieladder and how many were placed with a regular employer. Never a
 * person: small groups are suppressed, and so are totals that would give them away.
 */
@Service
public class MunicipalityService {

    private final Database database;
    private final WorkforceService workforce;
    private final Journal journal;
    private final ZoneId zone;

    public MunicipalityService(Database database, WorkforceService workforce, Journal journal,
            StapwijsProperties properties) {
        this.database = database;
        this.workforce = workforce;
        this.journal = journal;
        this.zone = properties.zone();
    }

    /** @param to inclusive */
    public MunicipalityReport report(Viewer viewer, LocalDate from, LocalDate to) {
        if (!viewer.is(Role.MUNICIPALITY) && !viewer.is(Role.ADMIN)) {
            throw new SecurityException("Aggregate figures are for the municipality and administrators");
        }
        List<Site> sites = workforce.sites();
        List<Scheme> schemes = Arrays.asList(Scheme.values());
        Map<Long, Long> siteOfTeam = workforce.teams().stream().collect(Collectors.toMap(Team::id, Team::siteId));
        Map<Long, Map<Scheme, GroupFigures>> raw = new HashMap<>();
        for (Worker worker : workforce.allWorkers()) {
            GroupFigures own = figuresOf(worker, from, to);
            if (own.people() > 0) {
                raw.computeIfAbsent(siteOfTeam.get(worker.teamId()), s -> new HashMap<>())
                        .merge(worker.scheme(), own, GroupFigures::plus);
            }
        }
        long[][] people = new long[sites.size()][schemes.size()];
        GroupFigures[][] figures = new GroupFigures[sites.size()][schemes.size()];
        for (int r = 0; r < sites.size(); r++) {
            for (int c = 0; c < schemes.size(); c++) {
                figures[r][c] = raw.getOrDefault(sites.get(r).id(), Map.of()).getOrDefault(schemes.get(c), GroupFigures.NONE);
                people[r][c] = figures[r][c].people();
            }
        }
        SmallGroups.Hidden hidden = SmallGroups.of(people);
        Map<Long, Map<Scheme, Optional<GroupFigures>>> cells = new LinkedHashMap<>();
        Map<Long, Optional<GroupFigures>> siteTotals = new LinkedHashMap<>();
        Map<Scheme, Optional<GroupFigures>> schemeTotals = new LinkedHashMap<>();
        GroupFigures total = GroupFigures.NONE;
        for (int r = 0; r < sites.size(); r++) {
            Map<Scheme, Optional<GroupFigures>> row = new LinkedHashMap<>();
            GroupFigures siteTotal = GroupFigures.NONE;
            for (int c = 0; c < schemes.size(); c++) {
                row.put(schemes.get(c), hidden.cells()[r][c] ? Optional.empty() : Optional.of(figures[r][c]));
                siteTotal = siteTotal.plus(figures[r][c]);
            }
            cells.put(sites.get(r).id(), row);
            siteTotals.put(sites.get(r).id(), hidden.rows()[r] ? Optional.empty() : Optional.of(siteTotal));
            total = total.plus(siteTotal);
        }
        for (int c = 0; c < schemes.size(); c++) {
            GroupFigures schemeTotal = GroupFigures.NONE;
            for (int r = 0; r < sites.size(); r++) {
                schemeTotal = schemeTotal.plus(figures[r][c]);
            }
            schemeTotals.put(schemes.get(c), hidden.columns()[c] ? Optional.empty() : Optional.of(schemeTotal));
        }
        return new MunicipalityReport(from, to, sites, schemes, cells, siteTotals, schemeTotals,
                hidden.grand() ? Optional.empty() : Optional.of(total));
    }

    /** One person's contribution to a group's figures; never shown alone. */
    private GroupFigures figuresOf(Worker worker, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Duration signedIn = new WageValueCalculator(new Norms(List.of()), new Roster(zone, List.of()))
                .measure(worker.id(), start, end, journal.ofWorker(worker.id(), start.minus(Duration.ofDays(1)),
                        end.plus(Duration.ofDays(1))))
                .total().signedIn();
        if (signedIn.isZero()) {
            return GroupFigures.NONE;
        }
        PlanRepository plan = database.onReader(PlanRepository.class);
        List<LadderSnapshot> ladder = PlanRows.ladder(plan.ladder(List.of(worker.id())));
        Optional<LadderSnapshot> before = ladder.stream().filter(s -> s.measuredOn().isBefore(from)).findFirst();
        List<LadderSnapshot> during = ladder.stream()
                .filter(s -> !s.measuredOn().isBefore(from) && !s.measuredOn().isAfter(to)).toList();
        // Newest first: the baseline is the last one before the period, else the first one in it.
        Optional<Rung> baseline = before.map(LadderSnapshot::rung)
                .or(() -> during.isEmpty() ? Optional.empty() : Optional.of(during.get(during.size() - 1).rung()));
        boolean up = !during.isEmpty() && baseline.isPresent() && during.get(0).rung().number() > baseline.get().number();
        boolean placed = PlanRows.placements(plan.placements(List.of(worker.id()))).stream()
                .anyMatch(p -> !p.startedOn().isAfter(to) && (p.endedOn() == null || !p.endedOn().isBefore(from)));
        return new GroupFigures(1, signedIn, up ? 1 : 0, placed ? 1 : 0);
    }
}
