package nl.stapwijs.base.security;

import java.time.Duration;

/** How many wrong passwords in a row lock a staff account, and for how long. */
public final class SignInRules {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final int LOCK_MINUTES = 15;
    public static final Duration LOCK_TIME = Duration.ofMinutes(LOCK_MINUTES);

    private SignInRules() {
    }
}
