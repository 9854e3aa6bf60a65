package nl.stapwijs.wagevalue;

import static nl.stapwijs.base.pdf.PdfDocuments.escape;
import static nl.stapwijs.wagevalue.FigureText.hours;
import static nl.stapwijs.wagevalue.FigureText.number;
import static nl.stapwijs.wagevalue.FigureText.percent;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.chart.Charts;
import nl.stapwijs.base.pdf.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * The evidence pack as a readable PDF (Dutch, with charts) for the assessor. The CSV beside it
 * ({@link EvidenceCsv}) carries the same figures for a spreadsheet. Sections follow the
 * Regeling's report model: normfunctie, main tasks with time shares, tempo, quality and net time
 * per task, the sum and its rounding; then norms, time categories, guidance, coach observations
 * and room for the employee's and the employer's views.
 */
@Component
public class EvidenceDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.messages", java.util.Locale.ROOT);

    private final PdfDocuments pdf;
    private final Charts charts;
    private final ZoneId zone;

    public EvidenceDocuments(PdfDocuments pdf, Charts charts, StapwijsProperties properties) {
        this.pdf = pdf;
        this.charts = charts;
        this.zone = properties.zone();
    }

    public byte[] pdf(EvidencePack pack) {
        Measurement m = pack.measurement();
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4; margin: 18mm 16mm; }
                body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4; }
                h1 { font-size: 16pt; margin: 0 0 4pt 0; } h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }
                .label { border: 1.5pt solid #b35c00; color: #b35c00; padding: 4pt 8pt; font-weight: bold; }
                table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 0.5pt solid #ccc;
                padding: 2pt 4pt; text-align: left; vertical-align: top; } th { background: #f2f2f2; }
                td.n, th.n { text-align: right; } .box { border: 0.8pt solid #888; height: 60mm; margin-top: 4pt; page-break-inside: avoid; }
                .view { page-break-inside: avoid; }
                .small { font-size: 8pt; color: #444; } img { width: 100%; }
                .hash { font-size: 7pt; word-break: break-all; }
                table.wide td, table.wide th { font-size: 7.5pt; padding: 2pt 2pt; }
                </style></head><body>
                """);
        html.append("<h1>Onderbouwing loonwaarde — ").append(escape(pack.worker().firstName() + " "
                + pack.worker().lastName())).append("</h1>");
        html.append("<p class='label'>").append(escape(Measurement.LABEL)).append(". Deze gegevens zijn bewijs voor de "
                + "loonwaardedeskundige; de loonwaarde wordt vastgesteld door de deskundige en de gemeente.</p>");
        html.append("<table>").append(row("Medewerker", pack.worker().firstName() + " " + pack.worker().lastName()
                        + " (" + pack.worker().badge() + ")"))
                .append(row("Team", pack.team()))
                .append(row("Regeling", pack.worker().scheme().name()))
                .append(row("Contracturen per week", number(BigDecimal.valueOf(pack.worker().contractHours()), 1)))
                .append(row("Periode", DAY.format(pack.period().from()) + " t/m " + DAY.format(pack.period().lastDay())))
                .append(row("Werkdagen met registraties", String.valueOf(m.workingDays())))
                .append(row("Rekenwijze", m.formulaVersion() + " (docs/wage-value.md)"))
                .append(row("Gemaakt", MOMENT.format(pack.madeAt().atZone(zone)) + " door " + pack.madeBy()))
                .append("</table>");

        html.append("<h2>1. Normfunctie</h2><p>").append(pack.normfunction().isBlank()
                ? "Niet ingevuld. De normen per taak hieronder beschrijven wat een medewerker in de normfunctie "
                        + "(gemiddelde medewerker buiten de doelgroep) per eenheid nodig heeft."
                : escape(pack.normfunction())).append("</p>");

        html.append("<h2>2. Hoofdtaken, tijdsaandeel en prestatie per taak</h2>");
        html.append("<table><tr><th>Taak</th><th class='n'>Uren (toerekenbaar)</th><th class='n'>Tijdsaandeel</th>"
                + "<th class='n'>Tempo</th><th class='n'>Kwaliteit (K)</th><th class='n'>Netto werktijd (N)</th>"
                + "<th class='n'>Bijdrage</th></tr>");
        for (TaskMeasurement t : m.mainTasks()) {
            for (NormedMeasurement r : t.byNorm()) {
                html.append("<tr><td>").append(escape(pack.taskName(t.taskId())))
                        .append(r.norm() == null ? " (zonder norm)" : " (norm v" + r.norm().version() + ")")
                        .append("</td>").append(n(hours(r.time().attributable()))).append(n(percent(r.share(), 1)))
                        .append(n(percent(r.tempo(), 1))).append(n(percent(r.qualityFactor(), 1)))
                        .append(n(percent(r.netTimeFactor(), 1))).append(n(percent(r.contribution(), 2))).append("</tr>");
            }
        }
        html.append("<tr><th>Som</th><th></th><th></th><th></th><th></th><th></th><th class='n'>")
                .append(m.wageValueSum() == null ? FigureText.NONE : percent(m.wageValueSum(), 4)).append("</th></tr></table>");
        html.append("<p><b>Indicatieve loonwaarde: ").append(percent(m.wageValuePercent())).append("</b> — de som "
                + "rekenkundig afgerond op hele procenten (half naar boven, één keer). Tempo boven 100 % telt als "
                + "100 %. Kwaliteit en netto werktijd zijn gemeten ten opzichte van de normmedewerker. "
                + "Productiviteit (bedrijfscijfer): ").append(percent(m.productivity(), 1)).append(".</p>");
        if (!m.otherTasks().isEmpty()) {
            html.append("<p>Overige taken (niet in de loonwaarde): ");
            List<String> others = new ArrayList<>();
            m.otherTasks().forEach(t -> others.add(escape(pack.taskName(t.taskId())) + " " + hours(t.time().attributable())
                    + ", tempo " + percent(t.tempo(), 1) + " (" + flagText(t.flags()) + ")"));
            html.append(String.join("; ", others)).append(".</p>");
        }
        html.append("<p class='small'>Let op: ").append(escape(flagText(m.flags()))).append("</p>");

        html.append("<h2>3. Verloop per week</h2><img src='data:image/png;base64,").append(trendChart(pack)).append("'/>");
        html.append("<h2>4. Tijdcategorieën per taak</h2>").append(timeTable(pack))
                .append("<img src='data:image/png;base64,").append(timeChart(pack)).append("'/>");
        html.append("<h2>5. Normen en versies</h2>").append(normTable(pack));
        html.append("<h2>6. Begeleidingsbehoefte</h2><table>")
                .append(row("Hulpvragen", m.guidance().helpCalls() + " (" + number(m.guidance().helpCallsPerHour(), 2)
                        + " per uur)"))
                .append(row("Hulpminuten per uur", number(m.guidance().helpMinutesPerHour(), 1)))
                .append(row("Instructieminuten per uur", number(m.guidance().instructionMinutesPerHour(), 1)))
                .append("</table>");
        html.append("<h2>7. Observaties van de jobcoach</h2>");
        if (pack.observations().isEmpty()) {
            html.append("<p>Geen observaties van de jobcoach vastgelegd in deze periode.</p>");
        } else {
            html.append("<table>");
            pack.observations().forEach(o -> html.append(row(DAY.format(o.date()) + " — " + o.author(), o.text())));
            html.append("</table>");
        }
        if (pack.subsidy() != null) {
            html.append("<h2>8. Schatting loonkostensubsidie</h2>").append(SubsidyText.html(pack.subsidy()));
        }
        html.append("<div class='view'><h2>Zienswijze van de werknemer</h2><div class='box'></div></div>");
        html.append("<div class='view'><h2>Zienswijze van de werkgever</h2><div class='box'></div></div>");
        html.append("<p class='small'>Alle cijfers zijn opnieuw te berekenen uit het journaalfragment van deze medewerker "
                + "en periode, met dezelfde normversies en parameters (Recompute, zie docs/wage-value.md). Controlegetal "
                + "van de berekening (SHA-256 van wat Recompute afdrukt): <span class='hash'>")
                .append(pack.calculationSha256()).append("</span></p></body></html>");
        return pdf.render(html.toString());
    }

    private String trendChart(EvidencePack pack) {
        List<String> weeks = new ArrayList<>();
        List<BigDecimal> productivity = new ArrayList<>();
        List<BigDecimal> wageValue = new ArrayList<>();
        for (Measurement w : pack.weeks()) {
            weeks.add(DAY.format(w.from().atZone(zone)));
            productivity.add(w.productivity() == null ? null : w.productivity().movePointRight(2));
            wageValue.add(w.wageValuePercent() == null ? null : BigDecimal.valueOf(w.wageValuePercent()));
        }
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("Productiviteit %", productivity);
        series.put("Indicatieve loonwaarde %", wageValue);
        return Base64.getEncoder().encodeToString(charts.lines("%", weeks, series, 640, 240));
    }

    private String timeChart(EvidencePack pack) {
        List<String> tasks = new ArrayList<>();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        List<Double> productive = new ArrayList<>();
        List<Double> extra = new ArrayList<>();
        List<Double> help = new ArrayList<>();
        List<Double> instruction = new ArrayList<>();
        for (TaskMeasurement t : pack.measurement().mainTasks()) {
            tasks.add(pack.taskName(t.taskId()));
            productive.add(t.time().productive().toMinutes() / 60.0);
            extra.add(t.time().extraBreaks().toMinutes() / 60.0);
            help.add(t.time().help().toMinutes() / 60.0);
            instruction.add(t.time().instruction().toMinutes() / 60.0);
        }
        series.put("Productief", productive);
        series.put("Extra pauze", extra);
        series.put("Hulp", help);
        series.put("Instructie", instruction);
        return Base64.getEncoder().encodeToString(charts.bars("uren", tasks, series, 640, 220));
    }

    private String timeTable(EvidencePack pack) {
        StringBuilder html = new StringBuilder("<table class='wide'><tr><th>Taak</th><th class='n'>Aangemeld</th>"
                + "<th class='n'>Roosterpauze</th><th class='n'>Extra pauze</th><th class='n'>Hulp</th>"
                + "<th class='n'>Instructie</th><th class='n'>Stilstand*</th><th class='n'>Productief</th>"
                + "<th class='n'>Goed</th><th class='n'>Afkeur</th></tr>");
        List<TaskMeasurement> all = new ArrayList<>(pack.measurement().mainTasks());
        all.addAll(pack.measurement().otherTasks());
        for (TaskMeasurement t : all) {
            TimeSpent s = t.time();
            html.append("<tr><td>").append(escape(pack.taskName(t.taskId()))).append("</td>").append(n(hours(s.signedIn())))
                    .append(n(hours(s.rosteredBreaks()))).append(n(hours(s.extraBreaks()))).append(n(hours(s.help())))
                    .append(n(hours(s.instruction()))).append(n(hours(s.downtime()))).append(n(hours(s.productive())))
                    .append(n(String.valueOf(t.good()))).append(n(String.valueOf(t.rejects()))).append("</tr>");
        }
        TimeSpent o = pack.measurement().outsideTasks();
        html.append("<tr><td>Buiten een taak (kiezen)</td>").append(n(hours(o.signedIn()))).append("<td></td><td></td><td></td>"
                + "<td></td><td></td><td></td><td></td><td></td></tr></table><p class='small'>* Stilstand (geen "
                + "materiaal, machine, geen werk) telt nergens mee: niet in de uren en niet tegen de medewerker.</p>");
        return html.toString();
    }

    private String normTable(EvidencePack pack) {
        StringBuilder html = new StringBuilder("<table class='wide'><tr><th>Taak</th><th>Versie</th><th class='n'>Normtijd</th>"
                + "<th>Eenheid</th><th class='n'>Qnorm</th><th class='n'>Instructie per uur</th><th>Methode</th>"
                + "<th>Vastgesteld</th><th class='n'>Steekproef</th></tr>");
        for (Norm norm : pack.measurement().normsUsed()) {
            html.append("<tr><td>").append(escape(pack.taskName(norm.taskId()))).append("</td><td>v").append(norm.version())
                    .append("</td>").append(n(number(norm.secondsPerUnit(), 1) + " s")).append("<td>")
                    .append(escape(norm.unit())).append("</td>").append(n(percent(norm.qualityNorm(), 1)))
                    .append(n(percent(norm.instructionAllowance(), 1))).append("<td>")
                    .append(escape(TEXTS.getString("norms.method." + norm.method().name())))
                    .append("</td><td>").append(escape(norm.setBy() + ", " + DAY.format(norm.setAt().atZone(zone))
                            + "; geldig vanaf " + MOMENT.format(norm.effectiveFrom().atZone(zone))))
                    .append("</td>").append(n(String.valueOf(norm.sampleSize()))).append("</tr>");
        }
        return html.append("</table>").toString();
    }

    static String flagText(java.util.Set<Flag> flags) {
        if (flags.isEmpty()) {
            return "geen bijzonderheden";
        }
        List<String> texts = new ArrayList<>();
        flags.stream().sorted().forEach(f -> texts.add(TEXTS.getString("wagevalue.flag." + f.name())));
        return String.join("; ", texts);
    }

    private static String row(String label, String value) {
        return "<tr><th>" + escape(label) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String n(String value) {
        return "<td class='n'>" + escape(value) + "</td>";
    }
}
