package nl.stapwijs.sync;

import java.util.List;
import java.util.Map;

/**
 * Master data for one station: whole tables (rows as column → value), in an order that
 * respects their references, with the version they were read at and the media they name.
 */
public record Snapshot(long version, String station, Map<String, List<Map<String, Object>>> tables, List<String> media) {
}
