package nl.stapwijs.instruction;

public record StepRow(long id, long versionId, int position, String picture, String video, String pictogram) {
}
