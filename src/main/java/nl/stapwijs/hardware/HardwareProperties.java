package nl.stapwijs.hardware;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stapwijs.hardware.evdev.KeyboardLayout;
import nl.stapwijs.hardware.serial.Terminator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The station hardware a process owns, under {@code stapwijs.hardware.}. Nothing set means
 * no real hardware: every station gets a simulated panel. The default pins are the ones in
 * {@code hardware/pinmap.md} (a test keeps the two in step); pins are BCM GPIO numbers.
 *
 * @param enabled  this process drives real devices for {@code station}
 * @param station  the code of the station this Pi (or PC) serves; other stations keep simulated panels
 * @param serial   serial scanners: TTL modules on the Pi's UART, USB scanners in virtual-COM mode
 * @param evdev    USB keyboard-wedge scanners read from Linux evdev
 * @param signals  per station code: the light or the buzzer switched off (both on when absent)
 */
@ConfigurationProperties("stapwijs.hardware")
public record HardwareProperties(
        @DefaultValue("false") boolean enabled,
        String station,
        @DefaultValue Gpio gpio,
        List<Serial> serial,
        List<Evdev> evdev,
        Map<String, Switches> signals) {

    public HardwareProperties {
        serial = serial == null ? List.of() : List.copyOf(serial);
        evdev = evdev == null ? List.of() : List.copyOf(evdev);
        signals = signals == null ? Map.of() : Map.copyOf(signals);
    }

    public Switches switchesOf(String stationCode) {
        return signals.getOrDefault(stationCode, new Switches(true, true));
    }

    /** Whether a serial scanner sits on the Pi's own UART, which takes GPIO 14 and 15. */
    public boolean usesOnBoardUart() {
        return serial.stream().anyMatch(s -> s.port() != null && isOnBoardUart(s.port()));
    }

    public static boolean isOnBoardUart(String port) {
        return port.equals("/dev/serial0") || port.equals("/dev/serial1") || port.startsWith("/dev/ttyAMA")
                || port.startsWith("/dev/ttyS");
    }

    /**
     * The panel on the Pi's GPIO header.
     *
     * @param enabled whether the panel is wired; without it the station keeps a simulated panel beside its scanners
     * @param chip    the GPIO character device's name (e.g. gpiochip0); empty lets Pi4J choose
     */
    public record Gpio(
            @DefaultValue("true") boolean enabled,
            String chip,
            @DefaultValue HelpButton help,
            @DefaultValue Pedal pedal,
            @DefaultValue Barrier barrier,
            @DefaultValue Light light,
            @DefaultValue Buzzer buzzer) {
    }

    /** The big help button: a normally-open contact to ground, with the Pi's pull-up. */
    public record HelpButton(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("17") Integer pin,
            @DefaultValue("true") boolean activeLow,
            @DefaultValue("30ms") Duration debounce) {
    }

    /** The foot pedal: a normally-open switch to ground; industrial pedals bounce longer than buttons. */
    public record Pedal(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("27") Integer pin,
            @DefaultValue("true") boolean activeLow,
            @DefaultValue("50ms") Duration debounce) {
    }

    /**
     * The light barrier through an optocoupler; its output pulls the pin low while the beam is broken.
     *
     * @param minimumGap the shortest time between two counts: a box with a handle hole breaks the beam twice
     */
    public record Barrier(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("22") Integer pin,
            @DefaultValue("true") boolean activeLow,
            @DefaultValue("400ms") Duration minimumGap) {
    }

    /**
     * The three-colour stack light, each lamp through a transistor or driver (never straight off a pin).
     *
     * @param activeLow   true for relay boards that switch on a low input
     * @param working     how the light shows that someone is working
     * @param helpWaiting how it shows an open help call
     * @param downtime    how it shows that the station is stopped
     */
    public record Light(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5") Integer green,
            @DefaultValue("6") Integer yellow,
            @DefaultValue("13") Integer red,
            @DefaultValue("false") boolean activeLow,
            @DefaultValue("500ms") Duration blink,
            @DefaultValue("GREEN") Lamp working,
            @DefaultValue("YELLOW_BLINKING") Lamp helpWaiting,
            @DefaultValue("RED") Lamp downtime) {
    }

    /**
     * An active buzzer (it sounds at its own pitch whenever powered) through a transistor.
     * It cannot play a lower note, so a refusal differs from a confirmation by rhythm: two long
     * beeps instead of one short one.
     */
    public record Buzzer(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("19") Integer pin,
            @DefaultValue("false") boolean activeLow,
            @DefaultValue("80ms") Duration shortBeep,
            @DefaultValue("250ms") Duration longBeep,
            @DefaultValue("150ms") Duration pause) {
    }

    /** One way the stack light can look. */
    public enum Lamp {
        OFF, GREEN, YELLOW, RED, GREEN_BLINKING, YELLOW_BLINKING, RED_BLINKING;

        public Output colour() {
            return switch (this) {
                case OFF -> null;
                case GREEN, GREEN_BLINKING -> Output.GREEN;
                case YELLOW, YELLOW_BLINKING -> Output.YELLOW;
                case RED, RED_BLINKING -> Output.RED;
            };
        }

        public boolean blinking() {
            return name().endsWith("_BLINKING");
        }
    }

    /**
     * A serial scanner.
     *
     * @param port       e.g. /dev/serial0 (the Pi's UART) or /dev/serial/by-id/usb-... (stable across reboots)
     * @param terminator what the scanner sends after each code; set the scanner to the same
     */
    public record Serial(
            String port,
            @DefaultValue("9600") int baud,
            @DefaultValue("CR") Terminator terminator) {
    }

    /**
     * A USB keyboard-wedge scanner read from evdev.
     *
     * @param device /dev/input/by-id/usb-...-event-kbd (stable across reboots and USB ports)
     * @param layout the keyboard layout the scanner is set to "type" in
     * @param grab   take the scanner away from everything else (the browser included); see hardware/README.md
     */
    public record Evdev(
            Path device,
            @DefaultValue("US") KeyboardLayout layout,
            @DefaultValue("true") boolean grab) {
    }

    /** Whether a station's stack light and buzzer are on; a technician can change them on the self-test screen. */
    public record Switches(@DefaultValue("true") boolean light, @DefaultValue("true") boolean buzzer) {
    }
}
