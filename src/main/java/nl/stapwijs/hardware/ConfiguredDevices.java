package nl.stapwijs.hardware;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stapwijs.hardware.evdev.EvdevScanner;
import nl.stapwijs.hardware.serial.SerialScanner;
import nl.stapwijs.hardware.simulated.SimulatedDevices;
import nl.stapwijs.hardware.simulated.SimulatedPanel;
import org.slf4j.LoggerFactory;

/**
 * The devices of a process that serves one station with real hardware: its panel (on the
 * GPIO header, or simulated when none is wired) and its scanners. Every other station keeps
 * a simulated panel, so an all-in-one with one Pi-like station still runs the rest as a demo.
 */
public final class ConfiguredDevices implements StationDevices {

    private final String station;
    private final StationHardware hardware;
    private final SimulatedDevices others;
    private final List<AutoCloseable> scanners;

    ConfiguredDevices(String station, StationHardware hardware, SimulatedDevices others, List<AutoCloseable> scanners) {
        this.station = station;
        this.hardware = hardware;
        this.others = others;
        this.scanners = scanners;
    }

    /**
     * Starts the configured scanners and ties them and the panel to the station.
     *
     * @param wiredPanel the panel on the GPIO header, or null when none is wired
     */
    public static ConfiguredDevices start(HardwareProperties settings, TestablePanel wiredPanel, Clock clock) {
        String station = settings.station();
        if (station == null || station.isBlank()) {
            throw new IllegalStateException("stapwijs.hardware.station is missing: set it to the code of the station "
                    + "this device serves (e.g. VER-1), as shown on the floor page");
        }
        List<ScanSource> sources = new ArrayList<>();
        List<AutoCloseable> scanners = new ArrayList<>();
        try {
            for (int i = 0; i < settings.serial().size(); i++) {
                SerialScanner scanner = SerialScanner.start(settings.serial().get(i), i, clock);
                sources.add(scanner);
                scanners.add(scanner);
            }
            for (int i = 0; i < settings.evdev().size(); i++) {
                EvdevScanner scanner = EvdevScanner.start(settings.evdev().get(i), i);
                sources.add(scanner);
                scanners.add(scanner);
            }
        } catch (RuntimeException wrongSetting) {
            // The start-up stops here; the scanners already reading must not keep their threads and ports.
            scanners.forEach(ConfiguredDevices::closeQuietly);
            throw wrongSetting;
        }
        boolean hasScanner = !sources.isEmpty();
        SimulatedDevices others = new SimulatedDevices(settings);
        TestablePanel panel = wiredPanel;
        if (panel == null) {
            // No panel on the header: the simulator can still press this station's buttons and scan for it.
            SimulatedPanel simulated = others.simulated(station);
            panel = simulated;
            sources.add(simulated);
        }
        HardwareProperties.Switches switches = settings.switchesOf(station);
        StationHardware hardware = new StationHardware(station, panel, sources, hasScanner, switches.light(),
                switches.buzzer());
        return new ConfiguredDevices(station, hardware, others, scanners);
    }

    @Override
    public StationHardware hardware(String stationCode) {
        return station.equals(stationCode) ? hardware : others.hardware(stationCode);
    }

    @Override
    public Optional<SimulatedPanel> simulatedPanel(String stationCode) {
        return station.equals(stationCode) ? Optional.empty() : others.simulatedPanel(stationCode);
    }

    @Override
    public void close() {
        hardware.close();
        scanners.forEach(ConfiguredDevices::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable scanner) {
        try {
            scanner.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(ConfiguredDevices.class).warn("Closing a scanner failed", e);
        }
    }
}
