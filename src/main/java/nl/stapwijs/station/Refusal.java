package nl.stapwijs.station;

/** Why a scan did not count; each has a calm sentence and, where it helps, a picture of what is expected. */
public enum Refusal {
    WRONG_PRODUCT,
    UNKNOWN_CODE,
    UNREADABLE,
    NOT_SIGNED_IN,
    UNKNOWN_BADGE,
    CHOOSE_TASK_FIRST,
    ALREADY_SIGNED_IN,
    /** A serialised unit whose code was counted before ("al geteld"). */
    ALREADY_COUNTED,
    /** An order sheet of an order a supervisor closed. */
    ORDER_CLOSED,
    /** An order sheet of an order for another team or station, or made by tasks this station does not offer. */
    ORDER_ELSEWHERE
}
