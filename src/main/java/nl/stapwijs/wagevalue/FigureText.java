package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/** Figures as people read them on the pages and in the pack: Dutch decimals, "—" where there is none. */
public final class FigureText {

    public static final String NONE = "—";
    private static final DecimalFormatSymbols DUTCH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private FigureText() {
    }

    /** A ratio as a percentage with the given decimals: 0.529 → "52,9 %". */
    public static String percent(BigDecimal ratio, int decimals) {
        return ratio == null ? NONE : number(ratio.movePointRight(2), decimals) + " %";
    }

    public static String percent(Integer wholePercent) {
        return wholePercent == null ? NONE : wholePercent + " %";
    }

    /** Hours with one decimal: "12,5 u". */
    public static String hours(Duration duration) {
        return number(BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(3_600_000), 6, RoundingMode.HALF_UP), 1)
                + " u";
    }

    public static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return NONE;
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DUTCH);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Machine-readable, for CSV: plain decimal with a point, empty where there is none. */
    public static String plain(BigDecimal value, int scale) {
        return value == null ? "" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    public static String plainHours(Duration duration) {
        return plain(BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(3_600_000), 6, RoundingMode.HALF_UP), 4);
    }
}
