package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import nl.stapwijs.production.ProductionEvent;

/** The demo team's roster and a few norms, shared by the wage-value tests. */
final class Fixtures {

    static final Roster ROSTER = Roster.of(Shift.AMSTERDAM,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 30),
            List.of(window("10:00", "10:15"), window("12:30", "13:00"), window("14:45", "15:00")));

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static final Norms THREE_TASK_NORMS = new Norms(List.of(norm(1, "45"), norm(2, "36"), norm(3, "24")));

    private Fixtures() {
    }

    /**
     * The three-task example of WAGE-VALUE.md as a week of work: shares 20/12/8 hours, help and
     * units such that T, K and N are 0.875/0.90/0.95, 0.70/1/0.90 and 1/1/1.
     */
    static List<ProductionEvent> threeTaskWeek(long worker) {
        return new Shift(worker, "A1", MONDAY)
                .at("08:00").signIn().task(1).at("09:00").help().at("10:00").helpGiven().at("16:00").signOut()
                .on(MONDAY.plusDays(1)).at("08:00").signIn().task(1).at("16:00").signOut()
                .on(MONDAY.plusDays(2)).at("08:00").signIn().task(1)
                .at("11:59").units(1197).rejects(133)
                .at("12:00").task(2).at("16:00").signOut()
                .on(MONDAY.plusDays(3)).at("08:00").signIn().task(2).at("09:00").help().at("10:12").helpGiven()
                .at("15:59").units(756).at("16:00").signOut()
                .on(MONDAY.plusDays(4)).at("08:00").signIn().task(3).at("15:59").units(1200).at("16:00").signOut()
                .events();
    }

    static BreakWindow window(String start, String end) {
        return new BreakWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    static Norm norm(long taskId, int version, String secondsPerUnit, Instant effectiveFrom) {
        return new Norm(taskId, version, new BigDecimal(secondsPerUnit), "one unit", BigDecimal.ONE,
                BigDecimal.ZERO, NormMethod.TIME_STUDY, "supervisor", effectiveFrom, effectiveFrom, 200);
    }

    static Norm norm(long taskId, String secondsPerUnit) {
        return norm(taskId, 1, secondsPerUnit, Instant.parse("2020-01-01T00:00:00Z"));
    }

    static Instant at(LocalDate day, String hhmm) {
        return day.atTime(LocalTime.parse(hhmm)).atZone(Shift.AMSTERDAM).toInstant();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Shift.AMSTERDAM).toInstant();
    }
}
