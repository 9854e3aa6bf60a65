package nl.stapwijs.hardware.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/**
 * A Pi4J context on the mock platform, built explicitly (no board detection), and the
 * wire-level moves a test makes on it: a switch to ground closes (LOW) or opens (HIGH).
 */
public final class MockGpio implements AutoCloseable {

    public final Context pi4j = context();

    public static Context context() {
        return Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    public MockDigitalInput input(String id) {
        return pi4j.io(id, MockDigitalInput.class);
    }

    public MockDigitalOutput output(String id) {
        return pi4j.io(id, MockDigitalOutput.class);
    }

    /** An active-low contact closing: the pin is pulled to ground. */
    public void close(String id) {
        input(id).mockState(DigitalState.LOW);
    }

    /** An active-low contact opening: the pull-up lifts the pin. */
    public void open(String id) {
        input(id).mockState(DigitalState.HIGH);
    }

    public boolean high(String id) {
        return output(id).isHigh();
    }

    @Override
    public void close() {
        pi4j.shutdown();
    }
}
