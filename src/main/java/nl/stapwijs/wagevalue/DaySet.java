package nl.stapwijs.wagevalue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * A set of local dates kept as one bit per day of each month: the rollups carry a month's days
 * as such a mask, so a year of a worker's days is a dozen numbers instead of hundreds of dates.
 */
final class DaySet {

    private final Map<YearMonth, Integer> months = new HashMap<>();

    void add(LocalDate day) {
        addMonth(YearMonth.from(day), 1 << (day.getDayOfMonth() - 1));
    }

    /** @param mask bit {@code d - 1} for day {@code d} of the month */
    void addMonth(YearMonth month, int mask) {
        if (mask != 0) {
            months.merge(month, mask, (a, b) -> a | b);
        }
    }

    void addAll(DaySet other) {
        other.months.forEach(this::addMonth);
    }

    int size() {
        int days = 0;
        for (int mask : months.values()) {
            days += Integer.bitCount(mask);
        }
        return days;
    }
}
