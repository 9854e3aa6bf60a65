package nl.stapwijs.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.stapwijs.base.i18n.Languages;
import org.springframework.stereotype.Component;

/**
 * Every text on screen, from {@code i18n/messages*.properties} (UTF-8). Dutch is the base
 * bundle; another language falls back to Dutch, never to the server's own locale.
 */
@Component
public class Translations implements I18NProvider {

    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SHIPPED.stream().map(Languages.Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale == null ? Locale.forLanguageTag(Languages.SOURCE) : locale;
        String pattern = lookup(key, wanted);
        if (pattern == null) {
            pattern = lookup(key, Locale.forLanguageTag(Languages.SOURCE));
        }
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
    }

    /** Whether a language has its own text for a key (used to flag missing translations). */
    public boolean has(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, NO_SERVER_LOCALE);
            return bundle.getLocale().getLanguage().equals(locale.getLanguage()) && bundle.containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String lookup(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n.messages", locale, NO_SERVER_LOCALE).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
