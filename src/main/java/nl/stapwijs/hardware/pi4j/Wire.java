package nl.stapwijs.hardware.pi4j;

/**
 * How one part is connected: which GPIO, and which level means "on".
 *
 * @param id        Pi4J's id for the I/O, e.g. "help-button"
 * @param part      the part in words, for messages and the Pi4J registry
 * @param property  the setting that chose the pin, named in every error about it
 */
record Wire(String id, String part, String property, int bcm, boolean activeLow) {
}
