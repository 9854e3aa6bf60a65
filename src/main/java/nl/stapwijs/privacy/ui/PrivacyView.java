package nl.stapwijs.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.privacy.PrivacyService;
import nl.stapwijs.privacy.Retention;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/** The admin's privacy tools: export one worker's data, erase a worker, and the retention setting. */
@Route("admin/privacy")
@PageTitle("Privacy — Stapwijs")
@RolesAllowed(Role.ADMIN_NAME)
public class PrivacyView extends Div {

    private final Div exports = new Div();

    public PrivacyView(PrivacyService privacy, Retention retention, WorkforceService workforce, CurrentViewer viewer) {
        addClassName("admin-page");
        add(new H2(getTranslation("staff.nav.privacy")), new Anchor("admin/purpose", getTranslation("staff.privacy.purposeLink")));

        ComboBox<Worker> worker = new ComboBox<>(getTranslation("staff.accounts.worker"));
        worker.setItems(workforce.activeWorkers());
        worker.setItemLabelGenerator(w -> w.shortName() + " (" + w.badge() + ")");
        worker.addValueChangeListener(change -> showExports(privacy, viewer, change.getValue()));
        Button erase = new Button(getTranslation("staff.privacy.erase"), click -> {
            Worker chosen = worker.getValue();
            if (chosen == null) {
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("staff.privacy.eraseTitle", chosen.shortName()),
                    getTranslation("staff.privacy.eraseText"), getTranslation("staff.privacy.erase"), yes -> {
                        privacy.erase(viewer.require(), chosen.id());
                        worker.setItems(workforce.activeWorkers());
                        exports.removeAll();
                        Notification.show(getTranslation("staff.privacy.erased"));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("staff.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        erase.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout person = new HorizontalLayout(worker, erase);
        person.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        exports.addClassName("privacy-exports");

        IntegerField months = new IntegerField(getTranslation("staff.privacy.months"));
        months.setValue(retention.detailMonths());
        months.setMin(3);
        months.setMax(120);
        months.setStepButtonsVisible(true);
        Button save = new Button(getTranslation("staff.privacy.saveRetention"), click -> {
            try {
                retention.setDetailMonths(months.getValue());
                long rolled = retention.apply();
                Notification.show(getTranslation("staff.privacy.retentionApplied", rolled));
            } catch (RuntimeException refused) {
                Notification.show(getTranslation("staff.privacy.retentionRange"));
            }
        });
        HorizontalLayout keep = new HorizontalLayout(months, save);
        keep.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        add(new H3(getTranslation("staff.privacy.oneWorker")), person, exports,
                new H3(getTranslation("staff.privacy.retention")), new Paragraph(getTranslation("staff.privacy.retentionText")),
                keep);
    }

    private void showExports(PrivacyService privacy, CurrentViewer viewer, Worker worker) {
        exports.removeAll();
        if (worker == null) {
            return;
        }
        String base = "stapwijs-" + worker.badge();
        exports.add(
                Downloads.link(getTranslation("staff.privacy.json"), base + ".json", "application/json",
                        () -> privacy.json(privacy.export(viewer.require(), worker.id())).getBytes(StandardCharsets.UTF_8)),
                Downloads.link(getTranslation("staff.privacy.pdf"), base + ".pdf", "application/pdf",
                        () -> privacy.pdf(privacy.export(viewer.require(), worker.id()))));
    }
}
