package nl.stapwijs.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: server push (the live floor, the station's help answer) and the
 * style sheets. It lives with the UI, not on {@code Application}: the entry point does not
 * depend on Vaadin.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/stapwijs.css")
public class AppShell implements AppShellConfigurator {
}
