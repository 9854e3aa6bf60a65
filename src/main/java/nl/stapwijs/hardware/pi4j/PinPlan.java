package nl.stapwijs.hardware.pi4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.hardware.HardwareProperties;

/**
 * The pins a panel uses, checked before Pi4J touches any of them: a missing pin, a number
 * that is not on the 40-pin header, two parts on one pin, or a part on the UART's pins
 * while a scanner uses the UART. Each mistake stops the start-up with the setting's name.
 */
final class PinPlan {

    static final String PREFIX = "stapwijs.hardware.gpio.";

    /** BCM GPIO number to physical pin on the 40-pin header (Pi 1 B+ to Pi 5). */
    private static final Map<Integer, Integer> PHYSICAL = Map.ofEntries(
            Map.entry(2, 3), Map.entry(3, 5), Map.entry(4, 7), Map.entry(14, 8), Map.entry(15, 10),
            Map.entry(17, 11), Map.entry(18, 12), Map.entry(27, 13), Map.entry(22, 15), Map.entry(23, 16),
            Map.entry(24, 18), Map.entry(10, 19), Map.entry(9, 21), Map.entry(25, 22), Map.entry(11, 23),
            Map.entry(8, 24), Map.entry(7, 26), Map.entry(5, 29), Map.entry(6, 31), Map.entry(12, 32),
            Map.entry(13, 33), Map.entry(19, 35), Map.entry(16, 36), Map.entry(26, 37), Map.entry(20, 38),
            Map.entry(21, 40));

    private PinPlan() {
    }

    /** The fitted parts' wires, in panel order; throws naming the first setting that is wrong. */
    static List<Wire> wires(HardwareProperties.Gpio gpio, boolean uartTaken) {
        List<Wire> wires = new ArrayList<>();
        if (gpio.help().enabled()) {
            wires.add(wire("help-button", "help button", "help.pin", gpio.help().pin(), gpio.help().activeLow()));
        }
        if (gpio.pedal().enabled()) {
            wires.add(wire("foot-pedal", "foot pedal", "pedal.pin", gpio.pedal().pin(), gpio.pedal().activeLow()));
        }
        if (gpio.barrier().enabled()) {
            wires.add(wire("light-barrier", "light barrier", "barrier.pin", gpio.barrier().pin(), gpio.barrier().activeLow()));
        }
        if (gpio.light().enabled()) {
            boolean activeLow = gpio.light().activeLow();
            wires.add(wire("lamp-green", "green lamp", "light.green", gpio.light().green(), activeLow));
            wires.add(wire("lamp-yellow", "yellow lamp", "light.yellow", gpio.light().yellow(), activeLow));
            wires.add(wire("lamp-red", "red lamp", "light.red", gpio.light().red(), activeLow));
        }
        if (gpio.buzzer().enabled()) {
            wires.add(wire("buzzer", "buzzer", "buzzer.pin", gpio.buzzer().pin(), gpio.buzzer().activeLow()));
        }
        Map<Integer, Wire> taken = new HashMap<>();
        for (Wire wire : wires) {
            if (uartTaken && (wire.bcm() == 14 || wire.bcm() == 15)) {
                throw new IllegalStateException(wire.property() + " = " + wire.bcm() + " (" + wire.part()
                        + ") is a pin of the UART, which a serial scanner uses: choose another GPIO (see hardware/pinmap.md)");
            }
            Wire other = taken.putIfAbsent(wire.bcm(), wire);
            if (other != null) {
                throw new IllegalStateException(other.property() + " and " + wire.property() + " are both GPIO " + wire.bcm()
                        + ": the " + other.part() + " and the " + wire.part() + " need a pin each (see hardware/pinmap.md)");
            }
        }
        return wires;
    }

    static int physicalPin(int bcm) {
        return PHYSICAL.getOrDefault(bcm, 0);
    }

    /** How to name a wire in a message: "stapwijs.hardware.gpio.pedal.pin = 27 (physical pin 13, foot pedal)". */
    static String describe(Wire wire) {
        return wire.property() + " = " + wire.bcm() + " (physical pin " + physicalPin(wire.bcm()) + ", " + wire.part() + ")";
    }

    private static Wire wire(String id, String part, String setting, Integer bcm, boolean activeLow) {
        String property = PREFIX + setting;
        if (bcm == null) {
            throw new IllegalStateException(property + " is missing: set the BCM number of the GPIO the " + part
                    + " is wired to, or switch the part off with " + property.replaceAll("\\.[a-z]+$", ".enabled") + "=false"
                    + " (see hardware/pinmap.md)");
        }
        if (!PHYSICAL.containsKey(bcm)) {
            throw new IllegalStateException(property + " = " + bcm + " (" + part + ") is not a usable GPIO of the 40-pin "
                    + "header: use a BCM number from 2 to 27 (see hardware/pinmap.md)");
        }
        return new Wire(id, part, property, bcm, activeLow);
    }
}
