package nl.stapwijs.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What people see when something breaks: one kind sentence and a short reference, never a
 * stack trace. The log gets the reference and the exception's type and place, but not its
 * message, which can carry names or scanned codes (nothing personal in logs).
 */
@Component
class KindErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(KindErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
        // An expired session reloads the page without a message: a station comes back as its
        // station (its binding is a cookie, not the session), a staff page lands on sign-in.
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }

    @Override
    public void error(ErrorEvent event) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Throwable error = event.getThrowable();
        StringBuilder where = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            StackTraceElement top = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
            where.append(t.getClass().getName()).append(top == null ? "" : " at " + top).append("; ");
        }
        log.error("Unexpected error, reference {}: {}", reference, where);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification.show("Er ging iets mis. Probeer het nog eens; lukt het niet, noem dan melding " + reference + ".",
                    8000, Notification.Position.MIDDLE);
        }
    }
}
