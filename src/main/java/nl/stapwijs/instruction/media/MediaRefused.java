package nl.stapwijs.instruction.media;

/**
 * An upload or import that Stapwijs will not take, with a message key and its values for a
 * kind, clear sentence in the author's language ("Dit is geen foto ...").
 */
public class MediaRefused extends RuntimeException {

    private final String key;
    private final transient Object[] values;

    public MediaRefused(String key, Object... values) {
        super(key);
        this.key = key;
        this.values = values.clone();
    }

    public String key() {
        return key;
    }

    public Object[] values() {
        return values.clone();
    }
}
