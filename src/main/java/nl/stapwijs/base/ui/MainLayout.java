package nl.stapwijs.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame of every staff page: title bar, the signed-in person, and navigation showing
 * only what their role may open (each page checks access itself as well).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** A menu entry and the roles that may open it. */
    private record Entry(String key, String route, List<String> roles) {
    }

    private static final List<Entry> MENU = List.of(
            new Entry("staff.nav.stations", "", List.of()),
            new Entry("staff.nav.floor", "floor", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.orders", "orders", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.production", "production", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.productsEdit", "products", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.labels", "print/labels", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.workers", "workers", List.of("ADMIN", "SUPERVISOR", "COACH")),
            new Entry("staff.nav.caseload", "coaching", List.of("ADMIN", "COACH")),
            new Entry("staff.nav.skills", "skills", List.of("ADMIN", "SUPERVISOR", "COACH")),
            new Entry("staff.nav.municipality", "municipality", List.of("ADMIN", "MUNICIPALITY")),
            new Entry("staff.nav.wagevalue", "wagevalue", List.of("ADMIN", "SUPERVISOR", "COACH", "ASSESSOR")),
            new Entry("staff.nav.norms", "norms", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.rosters", "rosters", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.simulator", "simulator", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.selftest", "selftest", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.badges", "print/badges", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.products", "print/products", List.of("ADMIN", "SUPERVISOR")),
            new Entry("staff.nav.instructions", "instructions", List.of("ADMIN", "SUPERVISOR", "COACH")),
            new Entry("staff.nav.stationAdmin", "admin/stations", List.of("ADMIN")),
            new Entry("staff.nav.hub", "admin/hub", List.of("ADMIN")),
            new Entry("staff.nav.staff", "admin/staff", List.of("ADMIN")),
            new Entry("staff.nav.lks", "admin/lks", List.of("ADMIN")),
            new Entry("staff.nav.privacy", "admin/privacy", List.of("ADMIN")),
            new Entry("staff.nav.audit", "admin/audit", List.of("ADMIN")),
            new Entry("staff.nav.pictograms", "admin/pictograms", List.of("ADMIN")),
            new Entry("staff.nav.about", "about", List.of()));

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("staff.app"));
        title.addClassName("staff-title");
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("staff-who");
        Button signOut = new Button(getTranslation("staff.nav.signOut"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        addToNavbar(new DrawerToggle(), title, who, signOut);

        SideNav nav = new SideNav();
        for (Entry entry : MENU) {
            if (entry.roles().isEmpty() || entry.roles().stream().anyMatch(authentication::hasRole)) {
                nav.addItem(new SideNavItem(getTranslation(entry.key()), entry.route()));
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        addClassName("staff");
    }
}
