package nl.stapwijs.wagevalue;

import static nl.stapwijs.base.pdf.PdfDocuments.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The subsidy estimate in words and figures, contract hours and worked hours side by side. */
final class SubsidyText {

    private static final java.util.ResourceBundle DUTCH = java.util.ResourceBundle.getBundle("i18n.messages",
            java.util.Locale.ROOT);

    private SubsidyText() {
    }

    static String html(LksEstimate e) {
        return "<p>" + escape(LksEstimate.LABEL) + ".</p><table>"
                + row("Loonwaarde (indicatie)", e.wageValuePercent() + " % van " + euro(e.normfunctionWagePerHour()) + " per uur")
                + row("WML per uur (" + e.parameters().effectiveFrom() + ")", euro(e.parameters().minimumWagePerHour()))
                + row("Subsidie per uur", euro(e.subsidyPerHour().setScale(4, RoundingMode.HALF_UP))
                        + (e.capped() ? " (maximaal 70 % van WML)" : "") + (e.flatRate() ? " (forfait eerste zes maanden)" : ""))
                + "<tr><th></th><th class='n'>Contracturen</th><th class='n'>Gewerkte uren</th></tr>"
                + "<tr><td>Uren per " + period(e) + "</td><td class='n'>" + FigureText.number(e.contractHours(), 2)
                + "</td><td class='n'>" + FigureText.number(e.workedHours(), 2) + "</td></tr>"
                + "<tr><td>Subsidie per " + period(e) + "</td><td class='n'>" + euro(e.subsidyForContractHours())
                + "</td><td class='n'>" + euro(e.subsidyForWorkedHours()) + "</td></tr></table>"
                + "<p class='small'>" + escape(e.municipality().name().isBlank() ? "Gemeente niet ingesteld"
                        : "Gemeente " + e.municipality().name()) + "; afronding: "
                + escape(DUTCH.getString("subsidy.rounding." + e.municipality().rounding().name()))
                + ". De subsidie wordt betaald over de contracturen.</p>";
    }

    static String period(LksEstimate e) {
        return e.municipality().period() == SubsidyPeriod.MONTH ? "maand" : "4 weken";
    }

    static String euro(BigDecimal amount) {
        return "€ " + FigureText.number(amount, Math.max(2, Math.min(4, amount.stripTrailingZeros().scale())));
    }

    private static String row(String label, String value) {
        return "<tr><th>" + escape(label) + "</th><td colspan='2'>" + escape(value) + "</td></tr>";
    }
}
