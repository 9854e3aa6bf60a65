package nl.stapwijs.privacy;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.pdf.PdfDocuments;
import nl.stapwijs.coaching.CoachingRecords;
import nl.stapwijs.coaching.DevelopmentExport;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Export and erasure of one worker's data; admins only, and every use is in the audit log. */
@Service
public class PrivacyService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final WorkforceService workforce;
    private final StaffService staff;
    private final Journal journal;
    private final AuditLog audit;
    private final PdfDocuments pdf;
    private final CoachingRecords coaching;
    private final Clock clock;
    private final ZoneId zone;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public PrivacyService(WorkforceService workforce, StaffService staff, Journal journal, AuditLog audit,
            PdfDocuments pdf, CoachingRecords coaching, Clock clock, StapwijsProperties properties) {
        this.workforce = workforce;
        this.staff = staff;
        this.journal = journal;
        this.audit = audit;
        this.pdf = pdf;
        this.coaching = coaching;
        this.clock = clock;
        this.zone = properties.zone();
    }

    public WorkerExport export(Viewer admin, long workerId) {
        requireAdmin(admin);
        Worker worker = workforce.worker(workerId).orElseThrow(() -> new IllegalArgumentException("No such worker"));
        Team team = workforce.teams().stream().filter(t -> t.id() == worker.teamId()).findFirst().orElseThrow();
        String site = workforce.sites().stream().filter(s -> s.id() == team.siteId()).map(s -> s.name()).findFirst().orElse("");
        WorkerExport export = new WorkerExport(clock.instant(), admin.username(), worker, team.name(), site,
                staff.coachesOf(workerId), staff.grantsFor(workerId), journal.allOfWorker(workerId),
                coaching.export(admin, workerId), audit.about(workerId));
        audit.record(admin.username(), AuditAction.EXPORT, "WORKER_RECORD", workerId, "all data (JSON and PDF)");
        return export;
    }

    public String json(WorkerExport export) {
        return json.writeValueAsString(export);
    }

    /** A readable summary of the export, in Dutch, for the worker to take home. */
    public byte[] pdf(WorkerExport export) {
        Map<EventKind, Long> kinds = export.journal().stream()
                .collect(Collectors.groupingBy(ProductionEvent::kind, TreeMap::new, Collectors.counting()));
        String first = export.journal().isEmpty() ? "—" : DAY.format(export.journal().get(0).occurredAt().atZone(zone));
        String last = export.journal().isEmpty() ? "—"
                : DAY.format(export.journal().get(export.journal().size() - 1).occurredAt().atZone(zone));
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                body { font-family: 'DejaVu Sans'; font-size: 11pt; line-height: 1.5; }
                h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; }
                td, th { padding: 2pt 8pt 2pt 0; text-align: left; vertical-align: top; }
                </style></head><body>
                """);
        Worker w = export.worker();
        html.append("<h1>Wat Stapwijs over u bewaart</h1>")
                .append("<p>Overzicht gemaakt op ").append(DAY.format(export.madeAt().atZone(zone)))
                .append(". De volledige gegevens staan in het bijbehorende JSON-bestand.</p>")
                .append("<h2>Persoonsgegevens</h2><table>")
                .append(row("Naam", w.firstName() + " " + w.lastName()))
                .append(row("Pasnummer", w.badge()))
                .append(row("Team en locatie", export.team() + ", " + export.site()))
                .append(row("Taal", w.language()))
                .append(row("Regeling", w.scheme().name()))
                .append(row("Contracturen per week", String.valueOf(w.contractHours())))
                .append(row("Coaches", export.coaches().isEmpty() ? "—" : String.join(", ", export.coaches())))
                .append("</table><h2>Registraties op de werkvloer</h2><p>")
                .append(export.journal().size()).append(" registraties van ").append(first).append(" tot ").append(last)
                .append(".</p><table>");
        kinds.forEach((kind, count) -> html.append(row(kind.name(), String.valueOf(count))));
        DevelopmentExport d = export.development();
        html.append("</table><h2>Ontwikkeling (coaching)</h2><table>")
                .append(row("Doelen", String.valueOf(d.goals().size())))
                .append(row("Notities", d.entries().size() + " (met " + d.photos().size() + " foto's)"))
                .append(row("Gesprekken", String.valueOf(d.reviews().size())))
                .append(row("Participatieladder", String.valueOf(d.ladder().size())))
                .append(row("Plaatsingen", String.valueOf(d.placements().size())))
                .append(row("Vaardigheden en ondersteuning", (d.skills().size() + d.support().size()) + " vastgelegd"))
                .append(row("Signalen uit productie", String.valueOf(d.observations().size())));
        d.goals().forEach(g -> html.append(row("Doel", g.text() + " (" + g.status().name().toLowerCase(java.util.Locale.ROOT) + ")")));
        d.entries().forEach(e -> html.append(row(DAY.format(e.writtenOn()), e.text())));
        html.append("</table><h2>Inzage door beoordelaars</h2><p>")
                .append(export.assessorGrants().isEmpty() ? "Geen." : export.assessorGrants().size() + " toegang(en) verleend.")
                .append("</p><h2>Wie uw gegevens bekeek of wijzigde</h2><table>");
        export.accessLog().forEach(e -> html.append(row(DAY.format(e.at().atZone(zone)) + " " + e.actor(),
                e.action() + " " + e.subject())));
        html.append("</table><p>Gezondheidsgegevens en diagnoses worden in Stapwijs niet bewaard.</p></body></html>");
        return pdf.render(html.toString());
    }

    /**
     * Erases a worker: personal fields and the development log removed, badge gone from scanned codes; journal events
     * stay under a pseudonym, so team and company figures do not change.
     */
    public void erase(Viewer admin, long workerId) {
        requireAdmin(admin);
        Worker worker = workforce.worker(workerId).orElseThrow(() -> new IllegalArgumentException("No such worker"));
        journal.forgetCode(worker.badge());
        coaching.erase(admin, workerId);
        workforce.erase(workerId, admin.username());
    }

    private static void requireAdmin(Viewer viewer) {
        if (viewer.role() != Role.ADMIN) {
            throw new SecurityException("Only an administrator may export or erase a worker's data");
        }
    }

    private static String row(String label, String value) {
        return "<tr><th>" + PdfDocuments.escape(label) + "</th><td>" + PdfDocuments.escape(value) + "</td></tr>";
    }
}
