package nl.stapwijs.wagevalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second level of rollups: whole months from wage_value_month, the days at either end summed
 * by the database, today from the journal or (company-wide tables) from the job's last run. Every
 * way gives the figures of replaying the raw journal.
 */
class MonthRollupTest {

    /** The fixture's clock: Tuesday 17 November 2026, 10:00 in Amsterdam. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 17);
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void periods_of_whole_and_partial_months_from_the_rollups_equal_the_raw_calculation() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            long vouwen = f.workshop.taskId("VOUWEN");
            long zakjes = f.workshop.taskId("ZAKJES");
            f.norm("VOUWEN", "30", LONG_AGO);
            f.norm("ZAKJES", "20", LONG_AGO);
            normChangeOn(f, "VOUWEN", LocalDate.of(2026, 10, 14));
            Worker sanne = f.worker("P-1005");
            Worker piotr = f.worker("P-1006");
            f.workshop.journal.store(weeks(sanne, vouwen, zakjes, LocalDate.of(2026, 8, 24), TODAY.plusDays(1)));
            f.workshop.journal.store(weeks(piotr, zakjes, vouwen, LocalDate.of(2026, 9, 14), TODAY.plusDays(1)));

            f.rollups.catchUp();

            assertThat(f.rollups.rolledThrough()).contains(TODAY.minusDays(1));
            List<MonthRow> october = new ArrayList<>();
            f.workshop.database.onReader(RollupRepository.class).months(List.of(sanne.id()), "2026-10", "2026-11",
                    october::add);
            assertThat(october).extracting(MonthRow::taskId, MonthRow::normVersion)
                    .contains(org.assertj.core.groups.Tuple.tuple(vouwen, 1), org.assertj.core.groups.Tuple.tuple(vouwen, 2),
                            org.assertj.core.groups.Tuple.tuple(zakjes, 1));
            assertThat(october).allSatisfy(m -> assertThat(Integer.bitCount(m.dayMask())).isBetween(1, 23));
            for (Period period : List.of(new Period(LocalDate.of(2026, 9, 10), TODAY.plusDays(1)),
                    new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)),
                    new Period(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 3)),
                    new Period(LocalDate.of(2026, 8, 1), TODAY.plusDays(1)),
                    new Period(TODAY, TODAY.plusDays(1)))) {
                for (WorkerFigures row : f.wageValue.table(f.viewer("beheer"), period).rows()) {
                    assertThat(row.measurement()).as("%s in %s", row.worker().badge(), period)
                            .isEqualTo(raw(f, row.worker(), period));
                }
            }
            Measurement autumn = f.wageValue.measure(sanne, new Period(LocalDate.of(2026, 9, 10), TODAY.plusDays(1)));
            assertThat(autumn.normsUsed()).extracting(Norm::version).contains(1, 2);
            assertThat(autumn.flags()).contains(Flag.UNITS_OUTSIDE_SESSION);
        }
    }

    @Test
    void a_company_wide_table_takes_today_from_the_jobs_last_run_and_a_team_table_from_the_journal() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            long vouwen = f.workshop.taskId("VOUWEN");
            f.norm("VOUWEN", "30", LONG_AGO);
            Worker sanne = f.worker("P-1005");
            long team = f.worker("P-1010").teamId();
            for (int i = 0; i < 100; i++) {
                f.workshop.workforce.addWorker(new Worker(0, "X-" + i, "Extra", "Werker " + i, team, "nl", "1F642",
                        Scheme.OTHER, 32, false, true));
            }
            List<ProductionEvent> morning = new Shift(sanne.id(), "VER-1", TODAY).at("08:00").signIn().task(vouwen)
                    .at("09:00").units(100).at("09:40").units(60).events();
            f.workshop.journal.store(morning.subList(0, 3));
            f.rollups.catchUp();
            Instant run = f.workshop.clock.instant();
            f.workshop.clock.advance(Duration.ofMinutes(5));
            f.workshop.journal.store(morning.subList(3, 4));
            Period week = new Period(TODAY.minusDays(1), TODAY.plusDays(1));

            PeriodTable company = f.wageValue.table(f.viewer("beheer"), week);
            PeriodTable ownTeams = f.wageValue.table(f.viewer("begeleider"), week);

            assertThat(company.rows()).hasSizeGreaterThan(100);
            assertThat(company.todayAsOf()).isEqualTo(run);
            assertThat(good(company, sanne)).isEqualTo(100);
            assertThat(ownTeams.rows()).hasSizeLessThan(100);
            assertThat(ownTeams.todayAsOf()).isNull();
            assertThat(good(ownTeams, sanne)).as("a team's table reads today from the journal").isEqualTo(160);
            f.rollups.catchUp();
            assertThat(good(f.wageValue.table(f.viewer("beheer"), week), sanne)).isEqualTo(160);
            assertThat(f.wageValue.table(f.viewer("beheer"), week).rows()).filteredOn(r -> r.worker().equals(sanne))
                    .singleElement().satisfies(r -> assertThat(r.measurement()).isEqualTo(raw(f, sanne, week)));
            assertThat(f.wageValue.measurement(f.viewer("beheer"), sanne.id(), week).orElseThrow().good())
                    .as("one worker's page reads today from the journal").isEqualTo(160);
        }
    }

    @Test
    void every_flag_fits_in_the_bits_the_rollups_combine() {
        assertThat(Flag.values().length).isLessThanOrEqualTo(DayRow.FLAG_BITS);
    }

    private static long good(PeriodTable table, Worker worker) {
        return table.rows().stream().filter(r -> r.worker().equals(worker)).findFirst().orElseThrow().measurement().good();
    }

    private static Measurement raw(WageValueFixture f, Worker worker, Period period) {
        Instant from = period.start(f.zone);
        Instant to = period.end(f.zone);
        return new WageValueCalculator(f.norms.norms(), f.rosters.timeline(worker.teamId())).measure(worker.id(), from,
                to, f.workshop.journal.ofWorker(worker.id(), from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1))));
    }

    /** A later norm version, set the day before it takes effect at noon (the clock goes back and returns). */
    private static void normChangeOn(WageValueFixture f, String task, LocalDate day) {
        Duration back = Duration.between(day.minusDays(1).atStartOfDay(f.zone).toInstant(), f.workshop.clock.instant());
        f.workshop.clock.advance(back.negated());
        f.norm(task, "27", day.atTime(12, 0).atZone(f.zone).toInstant());
        f.workshop.clock.advance(back);
    }

    /**
     * Weekdays of work: the first task all day on Monday, Wednesday and Friday, the second in the
     * afternoons of Tuesday and Thursday; on the last day of September a box counted after sign-out.
     */
    private static List<ProductionEvent> weeks(Worker worker, long first, long second, LocalDate from, LocalDate to) {
        Shift shift = new Shift(worker.id(), "VER-" + worker.id(), from);
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            int weekday = day.getDayOfWeek().getValue();
            if (weekday > 5) {
                continue;
            }
            shift.on(day).at("08:00").signIn().task(first).at("09:00").units(90).at("09:30").help().at("09:38")
                    .helpGiven();
            if (day.equals(TODAY)) {
                continue;
            }
            shift.at("11:00").units(140).rejects(weekday % 3).at("12:30").breakStarts().at("13:05").breakEnds();
            if (weekday == 2 || weekday == 4) {
                shift.task(second);
            }
            shift.at("15:00").units(160).at("16:00").signOut();
            if (day.equals(LocalDate.of(2026, 9, 30))) {
                shift.after(1).units(1);
            }
        }
        return shift.events();
    }
}
