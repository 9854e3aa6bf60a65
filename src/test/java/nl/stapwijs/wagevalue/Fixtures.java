package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

/** The demo team's roster and a few norms, shared by the wage-value tests. */
final class Fixtures {

    static final Roster ROSTER = Roster.of(Shift.AMSTERDAM,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 30),
            List.of(window("10:00", "10:15"), window("12:30", "13:00"), window("14:45", "15:00")));

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private Fixtures() {
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
