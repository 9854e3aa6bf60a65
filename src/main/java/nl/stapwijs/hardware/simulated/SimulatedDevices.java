package nl.stapwijs.hardware.simulated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.stapwijs.hardware.HardwareProperties;
import nl.stapwijs.hardware.StationDevices;
import nl.stapwijs.hardware.StationHardware;

/**
 * One simulated panel per station: the all-in-one default when no real hardware is
 * configured, and the panel of every station but the one a Pi serves.
 */
public class SimulatedDevices implements StationDevices {

    private final Map<String, SimulatedPanel> panels = new ConcurrentHashMap<>();
    private final Map<String, StationHardware> stations = new ConcurrentHashMap<>();
    private final HardwareProperties settings;

    /** Every station with its light and buzzer on. */
    public SimulatedDevices() {
        this(new HardwareProperties(false, null, null, null, null, null));
    }

    /** Light and buzzer per station as configured under {@code stapwijs.hardware.signals}. */
    public SimulatedDevices(HardwareProperties settings) {
        this.settings = settings;
    }

    @Override
    public StationHardware hardware(String stationCode) {
        return stations.computeIfAbsent(stationCode, code -> {
            SimulatedPanel panel = simulated(code);
            HardwareProperties.Switches switches = settings.switchesOf(code);
            return new StationHardware(code, panel, List.of(panel), false, switches.light(), switches.buzzer());
        });
    }

    @Override
    public Optional<SimulatedPanel> simulatedPanel(String stationCode) {
        return Optional.of(simulated(stationCode));
    }

    public SimulatedPanel simulated(String stationCode) {
        return panels.computeIfAbsent(stationCode, code -> new SimulatedPanel());
    }
}
