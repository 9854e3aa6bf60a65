package nl.stapwijs.wagevalue;

import static nl.stapwijs.wagevalue.Fixtures.MONDAY;
import static nl.stapwijs.wagevalue.Fixtures.at;
import static nl.stapwijs.wagevalue.Fixtures.norm;

import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import nl.stapwijs.production.ProductionEvent;

/**
 * Plausible but untidy journals for property tests: a few days of sessions with units, rejects,
 * help calls (some never marked as given), breaks in and out of the windows, downtime,
 * instructions, task switches and the odd missing sign-out.
 */
final class RandomJournal {

    static final long WORKER = 7;
    static final List<Long> TASKS = List.of(1L, 2L, 3L);

    /** Task 1 changes norm on Tuesday noon; task 3 has no norm until Wednesday. */
    static final Norms NORMS = new Norms(List.of(
            norm(1, 1, "45", at(MONDAY.minusYears(1), "00:00")),
            norm(1, 2, "40", at(MONDAY.plusDays(1), "12:00")),
            norm(2, 1, "30", at(MONDAY.minusYears(1), "00:00")),
            norm(3, 1, "60", at(MONDAY.plusDays(2), "00:00"))));

    private static final LocalTime END_OF_DAY = LocalTime.of(16, 0);

    private RandomJournal() {
    }

    static List<ProductionEvent> of(Random random, List<Long> tasks) {
        Shift shift = new Shift(WORKER, "A1", MONDAY);
        int days = 1 + random.nextInt(4);
        for (int d = 0; d < days; d++) {
            shift.on(MONDAY.plusDays(d)).at("07:30").after(random.nextInt(30)).signIn()
                    .after(random.nextInt(5)).task(tasks.get(random.nextInt(tasks.size())));
            while (shift.time().isBefore(END_OF_DAY)) {
                shift.after(1 + random.nextInt(20));
                act(shift, random, tasks);
            }
            if (d < days - 1 || random.nextInt(5) > 0) {
                shift.signOut();
            }
        }
        return shift.events();
    }

    private static void act(Shift shift, Random random, List<Long> tasks) {
        switch (random.nextInt(14)) {
            case 0, 1, 2, 3, 4 -> shift.units(1 + random.nextInt(20));
            case 5 -> shift.rejects(1);
            case 6 -> shift.help();
            case 7, 8 -> shift.helpGiven();
            case 9 -> shift.breakStarts().after(5 + random.nextInt(40)).breakEnds();
            case 10 -> shift.downtimeStarts().after(5 + random.nextInt(30)).downtimeEnds();
            case 11 -> shift.stepShown(1).after(1 + random.nextInt(10)).stepDone(1);
            case 12 -> shift.task(tasks.get(random.nextInt(tasks.size())));
            default -> shift.signIn().after(random.nextInt(5)).task(tasks.get(random.nextInt(tasks.size())));
        }
    }
}
