package nl.stapwijs.station;

import java.util.Arrays;
import java.util.Locale;
import nl.stapwijs.production.DowntimeReason;
import nl.stapwijs.production.RejectReason;

/** The two choices the production screen can open, as picture menus. */
final class ProductionMenus {

    private ProductionMenus() {
    }

    static ChoicePanel of(StationState.Menu menu, Locale locale, StationRuntime runtime) {
        return switch (menu) {
            case REJECT -> new ChoicePanel(translate(locale, "station.reject.title"), Arrays.stream(RejectReason.values())
                    .map(reason -> new ChoicePanel.Choice(translate(locale, "station.reject." + reason.name()),
                            reason.pictogram(), "reject-" + reason.name(), () -> runtime.reject(reason)))
                    .toList(), locale, () -> runtime.open(null));
            case DOWNTIME -> new ChoicePanel(translate(locale, "station.downtime.title"), Arrays.stream(DowntimeReason.values())
                    .map(reason -> new ChoicePanel.Choice(translate(locale, "station.downtime." + reason.name()),
                            reason.pictogram(), "downtime-" + reason.name(), () -> runtime.startDowntime(reason)))
                    .toList(), locale, () -> runtime.open(null));
        };
    }

    private static String translate(Locale locale, String key) {
        return com.vaadin.flow.i18n.I18NProvider.translate(locale, key);
    }
}
