package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.stapwijs.instruction.pictogram.PictogramPacks;

/** "Over / Licenties" for every signed-in staff member; the kiosk has its own copy without staff navigation. */
@Route("about")
@PageTitle("Over Stapwijs — Stapwijs")
@PermitAll
public class AboutView extends Div {

    public AboutView(PictogramPacks packs) {
        addClassName("admin-page");
        add(new Licences(packs.packs()));
    }
}
