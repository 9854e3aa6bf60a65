package nl.stapwijs.instruction;

public record StepTextRow(long stepId, String language, String text, String spoken, String recording) {
}
