package nl.stapwijs.production;

/** The journal row as bound to SQL: ids as text, times as epoch milliseconds. */
public record EventRow(ProductionEvent event) {

    public String id() { return event.id().toString(); }
    public String station() { return event.station(); }
    public long seq() { return event.seq(); }
    public String kind() { return event.kind().name(); }
    public Long workerId() { return event.workerId(); }
    public Long taskId() { return event.taskId(); }
    public Long instructionVersion() { return event.instructionVersion(); }
    public int quantity() { return event.quantity(); }
    public String code() { return event.code(); }
    public Integer step() { return event.step(); }
    public String reason() { return event.reason(); }
    public long occurredAtMillis() { return event.occurredAt().toEpochMilli(); }
    public String bootId() { return event.bootId(); }
    public long monoMs() { return event.monoMs(); }
    public Long orderId() { return event.orderId(); }
    public Long recordedAtMillis() { return event.recordedAt() == null ? null : event.recordedAt().toEpochMilli(); }
}
