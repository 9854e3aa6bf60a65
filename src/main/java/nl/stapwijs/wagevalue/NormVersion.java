package nl.stapwijs.wagevalue;

/** A norm version with the note on how it was set (the study, or the sample it was proposed from). */
public record NormVersion(Norm norm, String note) {
}
