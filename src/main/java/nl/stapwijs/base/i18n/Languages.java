package nl.stapwijs.base.i18n;

import java.util.List;
import java.util.Locale;

/** The worker languages Stapwijs ships; Dutch is the source every other text falls back to. */
public final class Languages {

    public static final String SOURCE = "nl";

    /** Each language named in its own words, as the language picker must show it. */
    public static final List<Language> SHIPPED = List.of(
            new Language("nl", "Nederlands", false),
            new Language("en", "English", false),
            new Language("ar", "العربية", true),
            new Language("tr", "Türkçe", false),
            new Language("pl", "Polski", false),
            new Language("uk", "Українська", false));

    private Languages() {
    }

    /** Dutch first, then the shipped languages in their usual order, then any other by code. */
    public static int order(String code) {
        for (int i = 0; i < SHIPPED.size(); i++) {
            if (SHIPPED.get(i).code().equals(code)) {
                return i;
            }
        }
        return SHIPPED.size();
    }

    public static boolean isRightToLeft(Locale locale) {
        return SHIPPED.stream().anyMatch(l -> l.rightToLeft() && l.code().equals(locale.getLanguage()));
    }

    public record Language(String code, String ownName, boolean rightToLeft) {
        public Locale locale() {
            return Locale.forLanguageTag(code);
        }
    }
}
