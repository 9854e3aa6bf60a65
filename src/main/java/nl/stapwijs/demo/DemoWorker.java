package nl.stapwijs.demo;

import nl.stapwijs.workforce.Scheme;

/**
 * A fictional worker (no real people) and how they work in the generated history.
 *
 * @param pace        share of the norm tempo at the start of the history (0.5 = half as fast)
 * @param growth      how much the pace improves over the history (0.15 = 15 % faster at the end)
 * @param helpPerHour average help calls per hour
 * @param rejectRate  share of produced units that are rejects
 */
record DemoWorker(String badge, String firstName, String lastName, String site, String station, String language,
        String avatar, Scheme scheme, double contractHours, double pace, double growth, double helpPerHour,
        double rejectRate) {
}
