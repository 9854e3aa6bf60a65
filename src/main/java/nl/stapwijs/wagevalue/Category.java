package nl.stapwijs.wagevalue;

/** What a moment of signed-in time was, once the order of precedence has been applied. */
enum Category {
    PRODUCTIVE,
    ROSTERED_BREAK,
    EXTRA_BREAK,
    HELP,
    INSTRUCTION,
    DOWNTIME
}
