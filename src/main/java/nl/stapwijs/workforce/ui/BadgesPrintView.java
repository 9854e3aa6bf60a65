package nl.stapwijs.workforce.ui;

import nl.stapwijs.workforce.Role;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/**
 * Badges to print (or show on a phone): a Code 128 and a QR code of each worker's badge number,
 * for the workers the signed-in staff member may see; opening the sheet is written to the audit log.
 */
@Route("print/badges")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
@PageTitle("Pasjes — Stapwijs")
public class BadgesPrintView extends Div {

    public BadgesPrintView(WorkforceService workforce, CurrentViewer current) {
        addClassName("print-page");
        add(new H2(getTranslation("staff.print.badges")), new Paragraph(getTranslation("staff.print.hint")));
        Div sheet = new Div();
        sheet.addClassName("print-sheet");
        for (Worker worker : workforce.badgesToPrint(current.require())) {
            Div badge = new Div();
            badge.addClassName("print-badge");
            badge.getElement().setAttribute("data-badge", worker.badge());
            badge.add(Pictures.image(worker.avatar(), "", "print-avatar"));
            Span name = new Span(worker.shortName());
            name.addClassName("print-name");
            badge.add(name);
            String text = URLEncoder.encode(worker.badge(), StandardCharsets.UTF_8);
            badge.add(new Image("barcodes/CODE_128.png?text=" + text, "Code 128 " + worker.badge()),
                    new Image("barcodes/QR_CODE.png?text=" + text, "QR " + worker.badge()));
            Span code = new Span(worker.badge());
            code.addClassName("print-code");
            badge.add(code);
            sheet.add(badge);
        }
        add(sheet);
    }
}
