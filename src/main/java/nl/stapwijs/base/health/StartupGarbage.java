package nl.stapwijs.base.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the app is ready, collects the garbage of its start-up and gives the memory back to
 * the operating system. Starting Spring, Vaadin and the database allocates a few hundred MB
 * that are dead a moment later; with a large heap G1 would keep those pages for a long time,
 * while on a Pi the kiosk browser beside the app needs them. One full collection right after
 * readiness (on its own thread, so readiness is not delayed, and before the kiosk browser has
 * started) shrinks the heap to what is live: on the demo about 345 to 205 MB resident (see
 * kiosk/README.md, "Start-up times").
 */
@Component
class StartupGarbage {

    private static final Logger log = LoggerFactory.getLogger(StartupGarbage.class);

    private final Runnable collect;
    private final Executor executor;
    private final AtomicBoolean done = new AtomicBoolean();

    StartupGarbage() {
        this(System::gc, StartupGarbage::onItsOwnThread);
    }

    StartupGarbage(Runnable collect, Executor executor) {
        this.collect = collect;
        this.executor = executor;
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !done.compareAndSet(false, true)) {
            return;
        }
        executor.execute(this::collectNow);
    }

    private static void onItsOwnThread(Runnable work) {
        Thread.ofPlatform().name("startup-gc").daemon().start(work);
    }

    private void collectNow() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getCommitted();
        collect.run();
        long after = memory.getHeapMemoryUsage().getCommitted();
        log.info("Start-up garbage collected: heap {} MB -> {} MB", before >> 20, after >> 20);
    }
}
