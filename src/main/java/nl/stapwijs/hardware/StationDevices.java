package nl.stapwijs.hardware;

import java.util.List;

/** Which panel and scanners belong to a station; the station runtime asks once per station. */
public interface StationDevices {

    StationPanel panel(String stationCode);

    List<ScanSource> scanners(String stationCode);
}
