package nl.stapwijs.hardware;

/** The parts of a panel that the station switches: the three lamps of the stack light and the buzzer. */
public enum Output {
    GREEN,
    YELLOW,
    RED,
    BUZZER
}
