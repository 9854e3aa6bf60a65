package nl.stapwijs.hardware.pi4j;

import com.pi4j.context.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.hardware.HardwareProperties;
import nl.stapwijs.hardware.HardwareProperties.Lamp;
import nl.stapwijs.hardware.Output;
import nl.stapwijs.hardware.TestablePanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station panel on a Raspberry Pi's GPIO header, built from its parts: help button,
 * foot pedal, light barrier, stack light and buzzer, each optional. Presses arrive on Pi4J's
 * input thread; blinking and beeping run on the panel's own timer, so showing a signal never
 * keeps the station waiting.
 */
public final class Pi4jPanel implements TestablePanel, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pi4jPanel.class);

    private final Map<Input, PanelInput> inputs;
    private final StackLight light;
    private final Buzzer buzzer;
    private final Map<Signal, Lamp> looks;
    private final ScheduledExecutorService timer;

    private Pi4jPanel(Map<Input, PanelInput> inputs, StackLight light, Buzzer buzzer, Map<Signal, Lamp> looks,
            ScheduledExecutorService timer) {
        this.inputs = inputs;
        this.light = light;
        this.buzzer = buzzer;
        this.looks = looks;
        this.timer = timer;
    }

    /**
     * Claims the configured pins through the given Pi4J context. Fails, naming the setting, the
     * pin and the part, when a pin is missing, wrong or cannot be claimed.
     *
     * @param uartTaken whether a serial scanner uses the Pi's UART (GPIO 14 and 15)
     */
    public static Pi4jPanel build(Context pi4j, HardwareProperties.Gpio gpio, boolean uartTaken, Clock clock) {
        // Flashing faster than three times a second can set off a seizure in people with photosensitive epilepsy.
        if (gpio.light().blink().toMillis() < 170) {
            throw new IllegalStateException(PinPlan.PREFIX + "light.blink = " + gpio.light().blink().toMillis()
                    + "ms flashes faster than 3 times a second; use 170ms or more (the default 500ms is once a second)");
        }
        Map<String, Wire> wires = new java.util.HashMap<>();
        PinPlan.wires(gpio, uartTaken).forEach(wire -> wires.put(wire.id(), wire));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("stapwijs-panel").factory());

        Map<Input, PanelInput> inputs = new EnumMap<>(Input.class);
        if (wires.containsKey("help-button")) {
            GpioInput contact = claim(wires.get("help-button"), () -> new GpioInput(pi4j, wires.get("help-button")));
            inputs.put(Input.HELP, new PushButton(contact, gpio.help().debounce(), clock));
        }
        if (wires.containsKey("foot-pedal")) {
            GpioInput contact = claim(wires.get("foot-pedal"), () -> new GpioInput(pi4j, wires.get("foot-pedal")));
            inputs.put(Input.COUNT_PEDAL, new FootPedal(contact, gpio.pedal().debounce(), clock));
        }
        if (wires.containsKey("light-barrier")) {
            GpioInput beam = claim(wires.get("light-barrier"), () -> new GpioInput(pi4j, wires.get("light-barrier")));
            inputs.put(Input.COUNT_BARRIER, new LightBarrier(beam, gpio.barrier().minimumGap(), clock));
        }
        StackLight light = null;
        if (gpio.light().enabled()) {
            Map<Output, GpioOutput> lamps = new EnumMap<>(Output.class);
            lamps.put(Output.GREEN, output(pi4j, wires.get("lamp-green")));
            lamps.put(Output.YELLOW, output(pi4j, wires.get("lamp-yellow")));
            lamps.put(Output.RED, output(pi4j, wires.get("lamp-red")));
            light = new StackLight(lamps, gpio.light().blink(), timer);
        }
        Buzzer buzzer = null;
        if (wires.containsKey("buzzer")) {
            HardwareProperties.Buzzer settings = gpio.buzzer();
            buzzer = new Buzzer(output(pi4j, wires.get("buzzer")), settings.shortBeep(), settings.longBeep(),
                    settings.pause(), timer);
        }
        Map<Signal, Lamp> looks = new EnumMap<>(Signal.class);
        looks.put(Signal.IDLE, Lamp.OFF);
        looks.put(Signal.WORKING, gpio.light().working());
        looks.put(Signal.HELP_WAITING, gpio.light().helpWaiting());
        looks.put(Signal.DOWNTIME, gpio.light().downtime());
        return new Pi4jPanel(inputs, light, buzzer, looks, timer);
    }

    @Override
    public Subscription onPressed(Input input, Runnable action) {
        PanelInput part = inputs.get(input);
        return part == null ? () -> { } : part.onPress(() -> handle(input, action));
    }

    @Override
    public void show(Signal signal) {
        switch (signal) {
            case CONFIRMED -> {
                if (buzzer != null) {
                    buzzer.confirmed();
                }
            }
            case REFUSED -> {
                if (buzzer != null) {
                    buzzer.refused();
                }
            }
            default -> {
                if (light != null) {
                    light.show(looks.get(signal));
                }
            }
        }
    }

    @Override
    public Set<Input> inputs() {
        return inputs.isEmpty() ? EnumSet.noneOf(Input.class) : EnumSet.copyOf(inputs.keySet());
    }

    @Override
    public Set<Output> outputs() {
        Set<Output> fitted = EnumSet.noneOf(Output.class);
        if (light != null) {
            fitted.addAll(light.lamps());
        }
        if (buzzer != null) {
            fitted.add(Output.BUZZER);
        }
        return fitted;
    }

    @Override
    public Subscription onLevel(BiConsumer<Input, Boolean> listener) {
        List<Subscription> subscriptions = new ArrayList<>();
        inputs.forEach((input, part) -> subscriptions.add(part.onLevel(active -> listener.accept(input, active))));
        return () -> subscriptions.forEach(Subscription::cancel);
    }

    @Override
    public void switchOutput(Output output, boolean on) {
        if (output == Output.BUZZER) {
            if (buzzer != null) {
                buzzer.switchOn(on);
            }
        } else if (light != null) {
            light.switchLamp(output, on);
        }
    }

    public boolean isOn(Output output) {
        if (output == Output.BUZZER) {
            return buzzer != null && buzzer.isOn();
        }
        return light != null && light.isOn(output);
    }

    /** Leaves every output off; the pins themselves are released when the Pi4J context shuts down. */
    @Override
    public void close() {
        timer.shutdownNow();
        inputs.values().forEach(PanelInput::close);
        if (light != null) {
            light.show(Lamp.OFF);
        }
        if (buzzer != null) {
            buzzer.switchOn(false);
        }
    }

    /** Presses arrive on Pi4J's input thread; a press the station could not handle must not stop that thread. */
    private static void handle(Input input, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("A {} press was lost: the station could not handle it", input, e);
        }
    }

    private static GpioOutput output(Context pi4j, Wire wire) {
        return claim(wire, () -> new GpioOutput(pi4j, wire));
    }

    /** Pi4J's own message ("line busy", "no such line") gets the setting and the part in front of it. */
    private static <T> T claim(Wire wire, Supplier<T> part) {
        try {
            return part.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(PinPlan.describe(wire) + " cannot be used: " + e.getMessage(), e);
        }
    }
}
