package nl.stapwijs.wagevalue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Running totals for one task under one norm version (or for time outside any task). */
final class Tally {

    /** Null for time outside any task. */
    final Long taskId;
    /** Null while the task had no norm. */
    final Norm norm;
    private final long[] millis = new long[Category.values().length];
    private final Set<LocalDate> days = new HashSet<>();
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

    Set<LocalDate> days() {
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

    static Tally of(DayTally day, Norm norm) {
        Tally tally = new Tally(day.taskId(), norm);
        for (Category category : Category.values()) {
            tally.add(category, day.millis()[category.ordinal()], day.day());
        }
        tally.good = day.good();
        tally.rejects = day.rejects();
        tally.helpCalls = day.helpCalls();
        return tally;
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
