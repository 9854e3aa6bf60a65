package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.wagevalue.EvidenceCsv;
import nl.stapwijs.wagevalue.EvidenceDocuments;
import nl.stapwijs.wagevalue.EvidencePack;
import nl.stapwijs.wagevalue.EvidencePackService;
import nl.stapwijs.wagevalue.Period;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;

/**
 * The evidence pack for the assessor (PDF with charts, CSV), made when downloaded and audited
 * then; and the full calculation as JSON with the journal slice it rests on, to recompute anywhere.
 */
class EvidencePanel extends Div {

    final TextArea normfunction = new TextArea();

    EvidencePanel(EvidencePackService packs, EvidenceDocuments documents, Viewer viewer, Worker worker, Period period) {
        addClassName("wagevalue-evidence");
        add(new H3(getTranslation("wagevalue.evidence.title")));
        String base = "onderbouwing-" + worker.badge() + "-" + period.from() + "-" + period.lastDay();
        if (packs.mayMake(viewer)) {
            normfunction.setLabel(getTranslation("wagevalue.evidence.normfunction"));
            normfunction.setHelperText(getTranslation("wagevalue.evidence.normfunctionHelp"));
            normfunction.setMaxLength(1_000);
            normfunction.setWidthFull();
            add(new Paragraph(getTranslation("wagevalue.evidence.intro")), normfunction,
                    Downloads.link(getTranslation("wagevalue.evidence.pdf"), base + ".pdf", "application/pdf",
                            () -> documents.pdf(pack(packs, viewer, worker, period, "PDF"))),
                    Downloads.link(getTranslation("wagevalue.evidence.csv"), base + ".csv", "text/csv",
                            () -> EvidenceCsv.of(pack(packs, viewer, worker, period, "CSV")).getBytes(StandardCharsets.UTF_8)));
        }
        String query = "?from=" + period.from() + "&to=" + period.lastDay();
        Anchor json = new Anchor("api/wagevalue/" + worker.id() + query, getTranslation("wagevalue.evidence.json"));
        json.setTarget(AnchorTarget.BLANK);
        json.setRouterIgnore(true);
        Anchor slice = new Anchor("api/wagevalue/" + worker.id() + "/slice" + query, getTranslation("wagevalue.evidence.slice"));
        slice.getElement().setAttribute("download", base + "-slice.json");
        slice.setRouterIgnore(true);
        add(new Paragraph(getTranslation("wagevalue.evidence.recompute")), json, slice);
    }

    private EvidencePack pack(EvidencePackService packs, Viewer viewer, Worker worker, Period period, String format) {
        return packs.pack(viewer, worker.id(), period, normfunction.getValue(), format)
                .orElseThrow(() -> new SecurityException("No evidence pack for this worker and period"));
    }
}
