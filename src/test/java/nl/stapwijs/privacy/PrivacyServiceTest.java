package nl.stapwijs.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.pdf.PdfDocuments;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.station.StationRuntime;
import nl.stapwijs.workforce.Worker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PrivacyServiceTest {

    @TempDir
    Path dir;

    StationFixture workshop;
    PrivacyService privacy;
    AuditLog audit;

    @BeforeEach
    void open() {
        workshop = new StationFixture(dir);
        audit = new AuditLog(workshop.database, workshop.clock);
        privacy = new PrivacyService(workshop.workforce, workshop.staff, workshop.journal, audit, new PdfDocuments(),
                workshop.coaching.records,
                workshop.clock, new StapwijsProperties(dir, ZoneId.of("Europe/Amsterdam"), null));
        work("VER-1", "P-1005", "VOUWEN", 4);
        work("VER-2", "P-1006", "VOUWEN", 3);
        workshop.station("VER-1").scan("P-1005"); // refused: already signed in; the badge is now in a code
    }

    @AfterEach
    void close() {
        workshop.close();
    }

    @Test
    void an_export_holds_everything_about_the_worker_and_is_audited() throws Exception {
        Worker sanne = worker("P-1005");
        workshop.workforce.workerRecord(workshop.staff.viewer("begeleider").orElseThrow(), sanne.id());

        WorkerExport export = privacy.export(admin(), sanne.id());

        JsonNode json = JsonMapper.builder().build().readTree(privacy.json(export));
        assertThat(json.get("worker").get("firstName").asString()).isEqualTo("Sanne");
        assertThat(json.get("team").asString()).isEqualTo("Team Verpakken");
        assertThat(json.get("coaches").get(0).asString()).startsWith("Noor");
        assertThat(json.get("journal").size()).isEqualTo(workshop.journal.allOfWorker(sanne.id()).size()).isGreaterThan(4);
        assertThat(json.get("accessLog").size()).isGreaterThanOrEqualTo(1);
        assertThat(audit.about(sanne.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.EXPORT));

        byte[] pdf = privacy.pdf(export);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sanne Bakker", "P-1005", "Team Verpakken", "UNIT");
        }
    }

    @Test
    void erasing_a_worker_removes_the_person_and_leaves_team_figures_unchanged() {
        Worker sanne = worker("P-1005");
        Map<Long, Long> before = unitsPerTeam();

        privacy.erase(admin(), sanne.id());

        assertThat(unitsPerTeam()).isEqualTo(before);
        Worker erased = workshop.workforce.worker(sanne.id()).orElseThrow();
        assertThat(erased.firstName()).isEqualTo("Medewerker " + sanne.id());
        assertThat(erased.lastName()).isEmpty();
        assertThat(erased.badge()).doesNotContain("P-1005");
        assertThat(workshop.workforce.workerByBadge("P-1005")).isEmpty();
        assertThat(workshop.journal.ofStationSince("VER-1", Instant.EPOCH)).extracting(ProductionEvent::code)
                .doesNotContain("P-1005");
        assertThat(audit.about(sanne.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.ERASE));
    }

    @Test
    void only_an_admin_may_export_or_erase() {
        assertThatThrownBy(() -> privacy.export(workshop.staff.viewer("begeleider").orElseThrow(), worker("P-1005").id()))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> privacy.erase(workshop.staff.viewer("coach").orElseThrow(), worker("P-1005").id()))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void nobody_can_change_or_delete_the_audit_log_not_even_with_sql() {
        long before = audit.about(1L).size();
        audit.record("beheer", AuditAction.READ, "WORKER_RECORD", 1L, null);

        assertThatThrownBy(() -> workshop.database.writeVoid(tx -> tx.attach(AuditTamper.class).rewrite()))
                .hasMessageContaining("the audit log cannot be changed");
        assertThatThrownBy(() -> workshop.database.writeVoid(tx -> tx.attach(AuditTamper.class).wipe()))
                .hasMessageContaining("the audit log cannot be changed");
        assertThat(audit.about(1L)).hasSize((int) before + 1);
    }

    interface AuditTamper {
        @org.jdbi.v3.sqlobject.statement.SqlUpdate("UPDATE audit_entry SET actor = 'someone else'")
        void rewrite();

        @org.jdbi.v3.sqlobject.statement.SqlUpdate("DELETE FROM audit_entry")
        void wipe();
    }

    private Map<Long, Long> unitsPerTeam() {
        Map<Long, Long> units = new TreeMap<>();
        for (String station : java.util.List.of("VER-1", "VER-2")) {
            for (ProductionEvent e : workshop.journal.ofStationSince(station, Instant.EPOCH)) {
                if (e.kind() == EventKind.UNIT) {
                    long team = workshop.workforce.worker(e.workerId()).orElseThrow().teamId();
                    units.merge(team, (long) e.quantity(), Long::sum);
                }
            }
        }
        return units;
    }

    private void work(String station, String badge, String task, int units) {
        StationRuntime runtime = workshop.station(station);
        runtime.scan(badge);
        runtime.chooseTask(workshop.taskId(task));
        for (int i = 0; i < units; i++) {
            runtime.scan(workshop.productCode(task));
        }
    }

    private nl.stapwijs.workforce.Viewer admin() {
        return workshop.staff.viewer("beheer").orElseThrow();
    }

    private Worker worker(String badge) {
        return workshop.workforce.workerByBadge(badge).orElseThrow();
    }
}
