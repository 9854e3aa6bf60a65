package nl.stapwijs.station;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.stapwijs.hardware.StationDevices;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.EventRecorded;
import nl.stapwijs.workforce.Station;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The runtimes of the stations this process serves, made on first use and restored from
 * the journal. A runtime lives as long as the process, so a browser reload or a second
 * browser on the same station sees the same state.
 */
@Component
public class StationRuntimes {

    private final StationServices services;
    private final StationDevices devices;
    private final Map<String, StationRuntime> runtimes = new ConcurrentHashMap<>();

    StationRuntimes(StationServices services, StationDevices devices) {
        this.services = services;
        this.devices = devices;
    }

    public Optional<StationRuntime> runtime(String stationCode) {
        StationRuntime existing = runtimes.get(stationCode);
        if (existing != null) {
            return Optional.of(existing);
        }
        return services.workforce().station(stationCode).map(this::create);
    }

    /** Whether a real scanner serves the station; without one, a plain-browser station may use its camera. */
    public boolean hasScanner(String stationCode) {
        return devices.hasScanner(stationCode);
    }

    private synchronized StationRuntime create(Station station) {
        return runtimes.computeIfAbsent(station.code(), code -> {
            StationRuntime runtime = new StationRuntime(station, services, devices.panel(code), devices.scanners(code));
            runtime.restore(services.journal().ofStationSince(code, services.startOfToday()));
            return runtime;
        });
    }

    /** A station left signed in overnight is free again in the morning, even before anyone touches it. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void endSessionsOfEarlierDays() {
        runtimes.values().forEach(StationRuntime::endSessionOfAnotherDay);
    }

    @EventListener
    public void on(EventRecorded recorded) {
        EventKind kind = recorded.event().kind();
        if (kind == EventKind.HELP_GIVEN || kind == EventKind.DOWNTIME_STARTED || kind == EventKind.DOWNTIME_ENDED) {
            StationRuntime runtime = runtimes.get(recorded.event().station());
            if (runtime == null) {
                return;
            }
            if (kind == EventKind.HELP_GIVEN) {
                runtime.helpGiven();
            } else {
                runtime.downtimeRecorded(recorded.event());
            }
        }
    }
}
