package nl.stapwijs.instruction;

/** A task's name and the word for one count and many, in one language ("doos" / "dozen"). */
public record TaskText(long taskId, String language, String name, String unitOne, String unitMany) {
}
