package nl.stapwijs.base;

/** Returned when a listener is registered; cancel it when the listener goes away. */
@FunctionalInterface
public interface Subscription {
    void cancel();
}
