package nl.stapwijs.production;

/**
 * What a station wants to record; the journal adds the id, the sequence number and the
 * clocks when it commits it.
 */
public record NewEvent(
        String station,
        EventKind kind,
        Long workerId,
        Long taskId,
        Long instructionVersion,
        int quantity,
        String code,
        Integer step,
        String reason,
        Long orderId) {

    public NewEvent(String station, EventKind kind, Long workerId, Long taskId, Long instructionVersion, int quantity,
            String code, Integer step, String reason) {
        this(station, kind, workerId, taskId, instructionVersion, quantity, code, step, reason, null);
    }

    public static NewEvent of(String station, EventKind kind, Long workerId, Long taskId) {
        return new NewEvent(station, kind, workerId, taskId, null, 0, null, null, null, null);
    }

    public NewEvent withInstructionVersion(Long version) {
        return new NewEvent(station, kind, workerId, taskId, version, quantity, code, step, reason, orderId);
    }

    public NewEvent withQuantity(int units) {
        return new NewEvent(station, kind, workerId, taskId, instructionVersion, units, code, step, reason, orderId);
    }

    public NewEvent withCode(String scanned) {
        return new NewEvent(station, kind, workerId, taskId, instructionVersion, quantity, scanned, step, reason, orderId);
    }

    public NewEvent withStep(Integer position) {
        return new NewEvent(station, kind, workerId, taskId, instructionVersion, quantity, code, position, reason, orderId);
    }

    /** The customer order this event belongs to (see {@link ProductionEvent#orderId()}). */
    public NewEvent withOrder(Long order) {
        return new NewEvent(station, kind, workerId, taskId, instructionVersion, quantity, code, step, reason, order);
    }

    public NewEvent withReason(String why) {
        return new NewEvent(station, kind, workerId, taskId, instructionVersion, quantity, code, step, why, orderId);
    }
}
