package nl.stapwijs.production;

import java.time.LocalDate;

/**
 * How far an order is and when it will be ready at the current pace.
 *
 * @param made          good units journalled for the order
 * @param remaining     units still to make (0 once done)
 * @param unitsPerHour  the measured pace per working hour, or null where there is none
 * @param expected      the day it will be ready (DONE: the day it was); null without a forecast
 * @param late          the expected day is after the due date, or the due date has passed without one
 */
public record OrderForecast(Status status, long made, long remaining, Double unitsPerHour, LocalDate expected,
        boolean late) {

    public enum Status {
        /** Nothing made yet: no pace to project. */
        NOT_STARTED,
        /** Too little working time measured for an honest forecast. */
        MEASURING,
        /** A forecast from the pace of the last working days. */
        FORECAST,
        /** Units were made, but none in the last working days. */
        STALLED,
        /** The quantity is made. */
        DONE
    }
}
