package nl.stapwijs.base.ui;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.context.annotation.Configuration;

/**
 * Where Vaadin looks, at start-up, for routes, the app shell, error views and its other
 * extension points: only the packages that hold views. Without this it reads all 630 class
 * files of the application (and the superclasses of each) once per kind of thing it looks for.
 * A view in a package not listed here would not be found, so {@code ArchitectureTest} fails
 * the build when one is added elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableVaadin({"nl.stapwijs.base.ui", "nl.stapwijs.coaching.ui", "nl.stapwijs.hardware.ui", "nl.stapwijs.instruction.ui",
        "nl.stapwijs.privacy.ui", "nl.stapwijs.production.ui", "nl.stapwijs.station", "nl.stapwijs.sync.ui",
        "nl.stapwijs.wagevalue.ui", "nl.stapwijs.workforce.ui"})
public class VaadinScan {
}
