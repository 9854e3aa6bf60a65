package nl.stapwijs.station;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.stapwijs.instruction.pictogram.PictogramPacks;
import nl.stapwijs.instruction.ui.Licences;

/** "Over / Licenties" on the kiosk: the same attributions as for staff, with one way back and no staff navigation. */
@Route(value = "station/:code/about", autoLayout = false)
@PageTitle("Stapwijs")
@AnonymousAllowed
public class StationAboutView extends Div implements BeforeEnterObserver {

    private final StationAccess access;
    private final PictogramPacks packs;

    public StationAboutView(StationAccess access, PictogramPacks packs) {
        this.access = access;
        this.packs = packs;
        addClassName("station-about");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        boolean bound = VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && (access.stationOfCookies(request.getCookies()).filter(code::equals).isPresent()
                        || access.isThisDevicesStation(code, request.getRemoteAddr()));
        if (!bound) {
            event.rerouteTo(UnknownStationView.class, new RouteParameters("code", code));
            return;
        }
        removeAll();
        Anchor back = new Anchor("station/" + code, getTranslation("about.back"));
        back.addClassName("station-about-back");
        add(back, new Licences(packs.packs()));
    }
}
