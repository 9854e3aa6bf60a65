package nl.stapwijs.hardware;

import java.util.List;
import java.util.Optional;
import nl.stapwijs.hardware.simulated.SimulatedPanel;

/** Which panel and scanners belong to a station; the station runtime asks once per station. */
public interface StationDevices extends AutoCloseable {

    StationHardware hardware(String stationCode);

    /** The simulated panel of a station that has no real one, for the simulator page. */
    Optional<SimulatedPanel> simulatedPanel(String stationCode);

    default StationPanel panel(String stationCode) {
        return hardware(stationCode);
    }

    default List<ScanSource> scanners(String stationCode) {
        return List.of(hardware(stationCode).scans());
    }

    /** Whether a real scanner (serial or USB) serves the station; a plain-browser station has none. */
    default boolean hasScanner(String stationCode) {
        return hardware(stationCode).hasScanner();
    }

    /** Releases ports and threads of real devices when the app stops; simulated ones hold none. */
    @Override
    default void close() {
    }
}
