package nl.stapwijs.coaching;

public enum GoalStatus {
    OPEN, REACHED, STOPPED
}
