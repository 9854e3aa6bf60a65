package nl.stapwijs.workforce.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stapwijs.workforce.Site;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.WorkforceService;

/** The start page for staff: where the stations are, and the way to the floor. */
@Route("")
@PermitAll
@PageTitle("Stapwijs")
public class StationsView extends Div {

    public StationsView(WorkforceService workforce) {
        addClassName("home");
        add(new H2("Stapwijs"));
        add(new Paragraph("Open a station in its own browser window (a tablet or a Pi kiosk), "
                + "and follow the floor here."));
        add(new Anchor("floor", getTranslation("staff.nav.floor")));
        Map<Long, List<Station>> bySite = workforce.stations().stream().collect(Collectors.groupingBy(Station::siteId));
        for (Site site : workforce.sites()) {
            add(new H3(site.name()));
            Div links = new Div();
            links.addClassName("home-stations");
            bySite.getOrDefault(site.id(), List.of()).forEach(s -> links.add(new Anchor("station/" + s.code(), s.name())));
            add(links);
        }
    }
}
