package nl.stapwijs.hardware.simulated;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.stapwijs.hardware.ScanSource;
import nl.stapwijs.hardware.StationDevices;
import nl.stapwijs.hardware.StationPanel;

/** One simulated panel per station: the all-in-one default when no real hardware is configured. */
public class SimulatedDevices implements StationDevices {

    private final Map<String, SimulatedPanel> panels = new ConcurrentHashMap<>();

    @Override
    public StationPanel panel(String stationCode) {
        return simulated(stationCode);
    }

    @Override
    public List<ScanSource> scanners(String stationCode) {
        return List.of(simulated(stationCode));
    }

    public SimulatedPanel simulated(String stationCode) {
        return panels.computeIfAbsent(stationCode, code -> new SimulatedPanel());
    }
}
