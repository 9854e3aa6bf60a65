package nl.stapwijs.instruction;

/** A product a task can expect at its scanner, as the task form lists it (read here: production depends on instruction). */
public record ProductChoice(long id, String name) {
}
