package nl.stapwijs.production;

import java.time.Instant;
import java.util.UUID;

/**
 * One committed journal event. Optional fields are null when the kind does not use them
 * (a HELP_GIVEN has no code, a SCAN_REFUSED has no quantity).
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
        Instant recordedAt) {
}
