package nl.stapwijs.production;

import java.time.Instant;
import java.util.UUID;

/**
 * One committed journal event. Optional fields are null when the kind does not use them
 * (a HELP_GIVEN has no code, a SCAN_REFUSED has no quantity).
 *
 * @param orderId the customer order the station worked on: set on the SESSION_STARTED of a task
 *                and on every event of that task session, null when no order was started
 */
public record ProductionEvent(
        UUID id,
        String station,
        long seq,
        EventKind kind,
        Long workerId,
        Long taskId,
        Long instructionVersion,
        int quantity,
        String code,
        Integer step,
        String reason,
        Instant occurredAt,
        String bootId,
        long monoMs,
        Instant recordedAt,
        Long orderId) {

    /** An event outside any customer order, as most of them are. */
    public ProductionEvent(UUID id, String station, long seq, EventKind kind, Long workerId, Long taskId,
            Long instructionVersion, int quantity, String code, Integer step, String reason, Instant occurredAt,
            String bootId, long monoMs, Instant recordedAt) {
        this(id, station, seq, kind, workerId, taskId, instructionVersion, quantity, code, step, reason, occurredAt,
                bootId, monoMs, recordedAt, null);
    }

    public ProductionEvent withOrder(Long order) {
        return new ProductionEvent(id, station, seq, kind, workerId, taskId, instructionVersion, quantity, code, step,
                reason, occurredAt, bootId, monoMs, recordedAt, order);
    }
}
