package nl.stapwijs.instruction;

public record SafetyRow(long stepId, int position, String pictogram) {
}
