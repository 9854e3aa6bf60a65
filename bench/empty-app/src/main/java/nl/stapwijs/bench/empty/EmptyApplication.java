package nl.stapwijs.bench.empty;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nothing but Spring Boot and Vaadin: what any Vaadin app pays at start-up. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class EmptyApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(EmptyApplication.class, args);
    }
}
