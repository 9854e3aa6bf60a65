package nl.stapwijs.wagevalue;

/** How a norm's seconds per unit were established. */
public enum NormMethod {
    TIME_STUDY,
    MTM,
    MODAPTS,
    /** From the journal of regular (non-target-group) workers doing the same task. */
    HISTORICAL
}
