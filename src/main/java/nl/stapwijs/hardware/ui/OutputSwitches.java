package nl.stapwijs.hardware.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import nl.stapwijs.hardware.Output;
import nl.stapwijs.hardware.SelfTest;
import nl.stapwijs.hardware.StationHardware;
import nl.stapwijs.hardware.StationPanel.Signal;

/**
 * The self-test's outputs: each lamp and the buzzer switched by hand, each signal played as
 * the station would show it, and this station's own switches for its light and buzzer.
 */
final class OutputSwitches extends Div {

    OutputSwitches(SelfTest test, StationHardware hardware) {
        addClassName("selftest-outputs");
        Div outputs = new Div();
        outputs.addClassName("selftest-row");
        for (Output output : Output.values()) {
            Checkbox on = new Checkbox(getTranslation("staff.selftest.output." + output.name()));
            on.getElement().setAttribute("data-output", output.name());
            on.setEnabled(test.outputs().contains(output));
            on.addValueChangeListener(change -> test.switchOutput(output, change.getValue()));
            outputs.add(on);
        }
        Div signals = new Div();
        signals.addClassName("selftest-row");
        for (Signal signal : Signal.values()) {
            Button play = new Button(getTranslation("staff.selftest.signal." + signal.name()), click -> test.play(signal));
            play.getElement().setAttribute("data-signal", signal.name());
            signals.add(play);
        }
        Checkbox light = new Checkbox(getTranslation("staff.selftest.light"), hardware.lightOn());
        light.addClassName("selftest-light");
        light.addValueChangeListener(change -> hardware.switchLight(change.getValue()));
        Checkbox buzzer = new Checkbox(getTranslation("staff.selftest.buzzer"), hardware.buzzerOn());
        buzzer.addClassName("selftest-buzzer");
        buzzer.addValueChangeListener(change -> hardware.switchBuzzer(change.getValue()));
        Div station = new Div(light, buzzer);
        station.addClassName("selftest-row");
        add(new H3(getTranslation("staff.selftest.outputs")), outputs,
                new H3(getTranslation("staff.selftest.signals")), signals,
                new H3(getTranslation("staff.selftest.station")), station);
    }
}
