package nl.stapwijs.production;

/** The reader's texts for a document or an export (headers, labels), by key, in their language. */
@FunctionalInterface
public interface Words {
    String of(String key, Object... arguments);
}
