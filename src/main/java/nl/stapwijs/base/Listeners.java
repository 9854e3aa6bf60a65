package nl.stapwijs.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A small thread-safe listener list for device implementations. */
public final class Listeners<T> {

    private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();

    public Subscription add(Consumer<T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void fire(T value) {
        listeners.forEach(l -> l.accept(value));
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }
}
