package nl.stapwijs.coaching;

import java.time.Duration;

/**
 * Aggregate figures about a group of people, never about one person.
 *
 * @param people        people who worked in the period
 * @param hours         their signed-in time together
 * @param ladderUp      people whose Participatieladder rung rose in the period
 * @param placements    people placed with a regular employer (detachering or a job) during the period
 */
public record GroupFigures(long people, Duration hours, long ladderUp, long placements) {

    static final GroupFigures NONE = new GroupFigures(0, Duration.ZERO, 0, 0);

    GroupFigures plus(GroupFigures other) {
        return new GroupFigures(people + other.people, hours.plus(other.hours), ladderUp + other.ladderUp,
                placements + other.placements);
    }
}
