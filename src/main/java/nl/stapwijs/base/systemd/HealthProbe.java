package nl.stapwijs.base.systemd;

import java.util.Optional;

/** One look at whether the application can serve a worker right now. */
@FunctionalInterface
interface HealthProbe {

    /** Empty when healthy; otherwise what is wrong, in words for the journal. */
    Optional<String> problem();
}
