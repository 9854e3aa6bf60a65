package nl.stapwijs.coaching;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundles, read without the UI, for documents printed in the worker's own language.
 * Like the screens, a text missing in a language falls back to Dutch.
 */
final class Words {

    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    Words(String language) {
        this.locale = Locale.forLanguageTag(language);
    }

    String get(String key, Object... parameters) {
        String pattern = lookup(key, locale);
        if (pattern == null) {
            pattern = lookup(key, Locale.forLanguageTag("nl"));
        }
        if (pattern == null) {
            throw new IllegalStateException("No text for " + key);
        }
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }

    private static String lookup(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n.messages", locale, NO_SERVER_LOCALE).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
