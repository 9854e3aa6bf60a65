package nl.stapwijs.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;

/** The frame of every staff page: title bar and navigation. The worker's station has none. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1(getTranslation("staff.app"));
        title.addClassName("staff-title");
        addToNavbar(new DrawerToggle(), title);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("staff.nav.floor"), "floor"));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.simulator"), "simulator"));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.selftest"), "selftest"));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.badges"), "print/badges"));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.products"), "print/products"));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        addClassName("staff");
    }
}
