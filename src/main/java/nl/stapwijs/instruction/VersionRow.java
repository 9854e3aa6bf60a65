package nl.stapwijs.instruction;

public record VersionRow(long id, long taskId, int version, String status) {
}
