package nl.stapwijs.hardware.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.stapwijs.hardware.StationPanel.Input;

/** One input on the self-test screen: lights up while the wire is active, and counts the presses that would count. */
final class InputTile extends Div {

    private final Span level = new Span();
    private final Span presses = new Span();
    private int count;

    InputTile(Input input, boolean fitted) {
        addClassName("selftest-input");
        getElement().setAttribute("data-input", input.name());
        Span name = new Span(getTranslation("staff.selftest.input." + input.name()));
        name.addClassName("selftest-input-name");
        level.addClassName("selftest-input-level");
        presses.addClassName("selftest-input-presses");
        add(name, level, presses);
        if (fitted) {
            level(false);
            presses.setText(getTranslation("staff.selftest.presses", 0));
        } else {
            addClassName("absent");
            level.setText(getTranslation("staff.selftest.none"));
        }
    }

    void level(boolean active) {
        setClassName("active", active);
        level.setText(getTranslation(active ? "staff.selftest.active" : "staff.selftest.idle"));
    }

    void pressed() {
        count++;
        presses.setText(getTranslation("staff.selftest.presses", count));
    }

    int presses() {
        return count;
    }
}
