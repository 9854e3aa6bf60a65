package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.stapwijs.instruction.media.MediaRefused;

/** Refused uploads and imports as one clear sentence in the author's language. */
final class Refusals {

    private Refusals() {
    }

    static String text(Component on, MediaRefused refused) {
        return on.getTranslation(refused.key(), refused.values());
    }

    static void show(Component on, MediaRefused refused) {
        Notification.show(text(on, refused), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.WARNING);
    }

    static void show(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.WARNING);
    }
}
