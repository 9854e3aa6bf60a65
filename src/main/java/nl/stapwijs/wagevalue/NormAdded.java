package nl.stapwijs.wagevalue;

/** A norm version was stored; figures from its effective moment on must be measured against it. */
public record NormAdded(Norm norm) {
}
