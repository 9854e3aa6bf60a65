package nl.stapwijs.wagevalue;

/** How a municipality rounds the subsidy; all half up. */
public enum SubsidyRounding {
    /** Exact hourly amount × hours, the period amount rounded to cents. */
    CENT_PER_PERIOD,
    /** The hourly amount rounded to cents first, then × hours, rounded to cents. */
    CENT_PER_HOUR,
    /** Exact hourly amount × hours, the period amount rounded to whole euros. */
    EURO_PER_PERIOD
}
