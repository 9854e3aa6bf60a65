package nl.stapwijs.instruction;

public record StepRow(long id, long versionId, int position, String picture, String pictogram, String safetyPictogram) {
}
