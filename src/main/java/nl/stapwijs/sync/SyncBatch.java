package nl.stapwijs.sync;

import java.util.List;
import nl.stapwijs.production.ProductionEvent;

/**
 * What a station sends: its events in seq order, with its own clock at sending, how many it
 * still holds back, and its app version, so the hub can show each station's health.
 */
public record SyncBatch(long stationTime, long pending, String appVersion, List<ProductionEvent> events) {
}
