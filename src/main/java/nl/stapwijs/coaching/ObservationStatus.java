package nl.stapwijs.coaching;

public enum ObservationStatus {
    OPEN, ACCEPTED, DISMISSED
}
