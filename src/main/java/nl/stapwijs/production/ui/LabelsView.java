package nl.stapwijs.production.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.stapwijs.barcode.LabelFormat;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.production.Labels;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;

/** Labels to print as PDF: product codes, order codes, station codes or badges, on the paper at hand. */
@Route("print/labels")
@PageTitle("Etiketten — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class LabelsView extends Div {

    final Select<Labels.Kind> kind = new Select<>();
    final Select<LabelFormat> format = new Select<>();

    public LabelsView(Labels labels, CurrentViewer current) {
        Viewer viewer = current.require();
        addClassNames("admin-page", "labels-page");
        kind.setLabel(getTranslation("staff.labels.what"));
        kind.setItems(Labels.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("staff.labels.kind." + k.name()));
        kind.setValue(Labels.Kind.PRODUCTS);
        format.setLabel(getTranslation("staff.labels.paper"));
        format.setItems(LabelFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("staff.labels.format." + f.name(), f.size(), f.perPage()));
        format.setValue(LabelFormat.A4_24);
        format.setWidth("26em");
        HorizontalLayout row = new HorizontalLayout(kind, format,
                Downloads.link(getTranslation("staff.labels.download"), "labels.pdf", "application/pdf",
                        () -> labels.pdf(viewer, kind.getValue(), format.getValue(), this::getTranslation)));
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H2(getTranslation("staff.nav.labels")), new Paragraph(getTranslation("staff.labels.intro")), row);
    }
}
