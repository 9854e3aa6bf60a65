package nl.stapwijs.hardware.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

/**
 * One GPIO output in the panel's terms: on or off. It drives a transistor or a driver,
 * never a lamp or buzzer directly (a pin gives 3.3 V and a few mA). Active-low suits the
 * relay boards that switch on a low input. Off at start and off when Pi4J shuts down.
 */
final class GpioOutput {

    private final DigitalOutput output;
    private final boolean activeLow;

    GpioOutput(Context pi4j, Wire wire) {
        this.activeLow = wire.activeLow();
        DigitalState off = activeLow ? DigitalState.HIGH : DigitalState.LOW;
        this.output = pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(wire.id())
                .name(wire.part())
                .address(wire.bcm())
                .initial(off)
                .shutdown(off));
    }

    void set(boolean on) {
        output.state(on != activeLow ? DigitalState.HIGH : DigitalState.LOW);
    }

    boolean isOn() {
        return output.isHigh() != activeLow;
    }
}
