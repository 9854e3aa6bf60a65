package nl.stapwijs.wagevalue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/** Running totals for one task under one norm version (or for time outside any task). */
final class Tally {

    /** Null for time outside any task. */
    final Long taskId;
    /** Null while the task had no norm. */
    final Norm norm;
    private final long[] millis = new long[Category.values().length];
    private final DaySet days = new DaySet();
    long good;
    long rejects;
    long helpCalls;

    Tally(Long taskId, Norm norm) {
        this.taskId = taskId;
        this.norm = norm;
    }

    void add(Category category, long ms, LocalDate day) {
        if (ms > 0) {
            millis[category.ordinal()] += ms;
            days.add(day);
        }
    }

    DaySet days() {
        return days;
    }

    /** Adds another tally of the same task and norm version (another day). */
    void absorb(Tally other) {
        for (int i = 0; i < millis.length; i++) {
            millis[i] += other.millis[i];
        }
        days.addAll(other.days);
        good += other.good;
        rejects += other.rejects;
        helpCalls += other.helpCalls;
    }

    DayTally day(LocalDate day, Set<Flag> flags) {
        return new DayTally(day, taskId, norm == null ? 0 : norm.version(), millis.clone(), good, rejects, helpCalls,
                flags);
    }

    /** Adds some days of a month (a month rollup, or one day of it). */
    void absorb(MonthTally month) {
        for (int i = 0; i < millis.length; i++) {
            millis[i] += month.millis()[i];
        }
        days.addMonth(month.month(), month.dayMask());
        good += month.good();
        rejects += month.rejects();
        helpCalls += month.helpCalls();
    }

    TimeSpent time() {
        long signedIn = 0;
        for (long ms : millis) {
            signedIn += ms;
        }
        return new TimeSpent(Duration.ofMillis(signedIn), of(Category.ROSTERED_BREAK), of(Category.EXTRA_BREAK),
                of(Category.HELP), of(Category.INSTRUCTION), of(Category.DOWNTIME));
    }

    private Duration of(Category category) {
        return Duration.ofMillis(millis[category.ordinal()]);
    }
}
