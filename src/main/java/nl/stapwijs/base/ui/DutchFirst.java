package nl.stapwijs.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import nl.stapwijs.base.i18n.Languages;
import org.springframework.stereotype.Component;

/**
 * Every screen starts in Dutch, whatever language the browser asks for: a station follows
 * the signed-in worker's language, and staff pages are Dutch unless a person chooses.
 */
@Component
class DutchFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.forLanguageTag(Languages.SOURCE)));
    }
}
