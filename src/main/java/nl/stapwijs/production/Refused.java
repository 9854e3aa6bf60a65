package nl.stapwijs.production;

/**
 * A supervisor's input that cannot be stored, with the text key (and its arguments) that says
 * why in their language. Nothing was changed.
 */
public class Refused extends IllegalArgumentException {

    private final String key;
    private final transient Object[] arguments;

    public Refused(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
