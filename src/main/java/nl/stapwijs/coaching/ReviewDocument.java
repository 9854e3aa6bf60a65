package nl.stapwijs.coaching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.base.pdf.PdfDocuments;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import org.springframework.stereotype.Component;

/**
 * The paper for the review conversation, for the worker to take home: easy-read, large type, a
 * picture with every line, in the worker's own language (right to left in Arabic). It holds what
 * the worker may see: their goals, what they learned, days worked and notes shared with them.
 */
@Component
public class ReviewDocument {

    private static final String PICTURES = "/META-INF/resources/assets/openmoji/color/svg/";

    private final CoachingService coaching;
    private final ProgressService progress;
    private final InstructionService instructions;
    private final PhotoStore photos;
    private final PdfDocuments pdf;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public ReviewDocument(CoachingService coaching, ProgressService progress, InstructionService instructions,
            PhotoStore photos, PdfDocuments pdf, AuditLog audit, Clock clock, StapwijsProperties properties) {
        this.coaching = coaching;
        this.progress = progress;
        this.instructions = instructions;
        this.photos = photos;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.zone();
    }

    public byte[] render(Viewer viewer, long workerId) {
        DevelopmentRecord record = coaching.record(viewer, workerId).filter(DevelopmentRecord::mayChange)
                .orElseThrow(() -> new SecurityException("Only the worker's coach prints the review paper"));
        Worker worker = record.worker();
        String language = worker.language();
        Words words = new Words(language);
        WorkerProgress mine = progress.of(worker.id(), language);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language));
        boolean rtl = Languages.isRightToLeft(Locale.forLanguageTag(language));
        StringBuilder html = new StringBuilder("<html lang=\"").append(language).append("\"><head><style>")
                .append("body { font-family: '").append(PdfDocuments.FONT).append("'; font-size: 16pt; line-height: 1.5;")
                .append(rtl ? " direction: rtl;" : "").append(" }")
                .append("h1 { font-size: 26pt; margin: 0 0 6pt 0; } h2 { font-size: 20pt; margin: 18pt 0 6pt 0; }")
                .append("table { width: 100%; border-collapse: collapse; } td { padding: 4pt 6pt; vertical-align: middle; }")
                .append("td.pic { width: 52pt; } img.pic { width: 44pt; height: 44pt; } img.photo { width: 220pt; }")
                .append(".mark { font-size: 20pt; width: 30pt; } .line { border-bottom: 1pt solid #888; height: 30pt; }")
                // The coach's Dutch keeps its own direction (its full stop at its end) inside an Arabic page.
                .append("td.nl { direction: ltr;").append(rtl ? " text-align: right;" : "").append(" }")
                .append("</style></head><body>");
        html.append("<table><tr><td class=\"pic\">").append(picture(worker.avatar())).append("</td><td><h1>")
                .append(esc(words.get("coaching.paper.title", worker.firstName()))).append("</h1>")
                .append(esc(day.format(LocalDate.now(clock.withZone(zone))))).append("</td></tr></table>");

        html.append("<h2>").append(esc(words.get("coaching.paper.goals"))).append("</h2><table>");
        mine.reached().forEach(g -> html.append(row(g.picture(), g.text(), "✓", true)));
        mine.workingOn().forEach(g -> html.append(row(g.picture(), g.text(), "→", true)));
        if (mine.reached().isEmpty() && mine.workingOn().isEmpty()) {
            html.append(row("openmoji:1F3AF", words.get("coaching.paper.noGoals"), "", false));
        }
        html.append("</table><h2>").append(esc(words.get("coaching.paper.learned"))).append("</h2><table>");
        for (Map.Entry<Long, List<SkillRating>> skill : record.skills().entrySet()) {
            SkillRating now = skill.getValue().get(skill.getValue().size() - 1);
            if (now.level() != SkillLevel.NOT_TRAINED) {
                instructions.task(skill.getKey(), language).ifPresent(task -> html.append(row(task.task().pictogram(),
                        task.name() + ": " + words.get("coaching.paper.level." + now.level().number()),
                        now.level().learned() ? "✓" : "", false)));
            }
        }
        html.append("</table><h2>").append(esc(words.get("coaching.paper.work"))).append("</h2><table>")
                .append(row("openmoji:1F4C5", words.get("coaching.paper.days",
                        mine.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                                Locale.forLanguageTag(language)), mine.daysWorked()), "", false))
                .append("</table>");
        if (!mine.notes().isEmpty()) {
            html.append("<h2>").append(esc(words.get("coaching.paper.notes"))).append("</h2><table>");
            for (WorkerProgress.NoteLine note : mine.notes()) {
                html.append(row(note.pictures().isEmpty() ? "openmoji:1F4AC" : note.pictures().get(0), note.text(), "", true));
                note.photos().stream().limit(1).forEach(file -> html.append("<tr><td></td><td><img class=\"photo\" src=\"data:image/jpeg;base64,")
                        .append(Base64.getEncoder().encodeToString(photos.read(file))).append("\"/></td><td></td></tr>"));
            }
            html.append("</table>");
        }
        if (!record.reviews().isEmpty() && !record.reviews().get(0).agreements().isBlank()) {
            html.append("<h2>").append(esc(words.get("coaching.paper.agreements"))).append("</h2><table>")
                    .append(row("openmoji:1F91D", record.reviews().get(0).agreements(), "", true)).append("</table>");
        }
        html.append("<h2>").append(esc(words.get("coaching.paper.wishes"))).append("</h2>")
                .append("<div class=\"line\"></div><div class=\"line\"></div><div class=\"line\"></div>")
                .append("<p>").append(esc(words.get("coaching.paper.next", day.format(nextConversation(record))))).append("</p>")
                .append("</body></html>");
        audit.record(viewer.username(), AuditAction.EXPORT, "DEVELOPMENT_LOG", worker.id(), "review paper (PDF)");
        return pdf.render(html.toString());
    }

    /** The paper is printed for the conversation held now: when that one is due or overdue, the next is a cycle on. */
    private LocalDate nextConversation(DevelopmentRecord record) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return record.nextReview().isAfter(today) ? record.nextReview() : today.plusMonths(coaching.reviewCycleMonths());
    }

    /** A picture, a sentence and a mark; text the coach wrote is Dutch and marked so. */
    private static String row(String picture, String text, String mark, boolean dutch) {
        return "<tr><td class=\"pic\">" + picture(picture) + "</td><td" + (dutch ? " class=\"nl\" lang=\"nl\"" : "") + ">"
                + esc(text) + "</td><td class=\"mark\">" + esc(mark) + "</td></tr>";
    }

    /** An OpenMoji pictogram from the bundled set, inlined so the PDF needs nothing else. */
    static String picture(String reference) {
        if (reference == null || !reference.startsWith("openmoji:")) {
            return "";
        }
        String code = reference.substring("openmoji:".length());
        if (!code.matches("[0-9A-F-]+")) {
            return "";
        }
        try (InputStream svg = ReviewDocument.class.getResourceAsStream(PICTURES + code + ".svg")) {
            if (svg == null) {
                return "";
            }
            return "<img class=\"pic\" alt=\"\" src=\"data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.readAllBytes()) + "\"/>";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read pictogram " + code, e);
        }
    }

    private static String esc(String text) {
        return PdfDocuments.escape(text);
    }
}
