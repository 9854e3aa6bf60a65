package nl.stapwijs.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.security.SignInRules;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Staff accounts, their scope (teams, caseload, assessor grants) and the sign-in lock-out. */
@Service
public class StaffService {

    private final Database database;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public StaffService(Database database, PasswordEncoder passwords, Clock clock) {
        this.database = database;
        this.passwords = passwords;
        this.clock = clock;
    }

    public long create(String username, String displayName, String rawPassword, Role role) {
        if (rawPassword == null || rawPassword.length() < 10) {
            throw new IllegalArgumentException("A password needs at least 10 characters");
        }
        return database.write(tx -> tx.attach(StaffRepository.class)
                .insert(username.strip().toLowerCase(java.util.Locale.ROOT), displayName, passwords.encode(rawPassword),
                        role.name()));
    }

    public Optional<StaffAccount> account(String username) {
        return repository().byUsername(username.strip().toLowerCase(java.util.Locale.ROOT)).map(StaffRow::account);
    }

    public List<StaffAccount> accounts() {
        return repository().all().stream().map(StaffRow::account).toList();
    }

    /** Counts a wrong password; the fifth in a row locks the account for a while. */
    public void recordFailedSignIn(String username) {
        account(username).ifPresent(account -> {
            int attempts = account.failedAttempts() + 1;
            Long lockedUntil = attempts >= SignInRules.MAX_FAILED_ATTEMPTS ? clock.instant().plus(SignInRules.LOCK_TIME).toEpochMilli() : null;
            database.writeVoid(tx -> tx.attach(StaffRepository.class)
                    .recordFailures(account.username(), lockedUntil == null ? attempts : 0, lockedUntil));
        });
    }

    public void recordSignIn(String username) {
        database.writeVoid(tx -> tx.attach(StaffRepository.class).clearFailures(username));
    }

    public boolean isLocked(StaffAccount account) {
        return account.isLockedAt(clock.instant());
    }

    public Optional<Viewer> viewer(String username) {
        return account(username).filter(StaffAccount::active).map(account -> new Viewer(account.id(), account.username(),
                account.role(), new HashSet<>(repository().teamsOf(account.id())),
                new HashSet<>(repository().caseloadOf(account.id())),
                repository().grantsOf(account.id()).stream().map(GrantRow::grant).toList()));
    }

    public void addTeam(long staffId, long teamId) {
        database.writeVoid(tx -> tx.attach(StaffRepository.class).addTeam(staffId, teamId));
    }

    public void addToCaseload(long staffId, long workerId) {
        database.writeVoid(tx -> tx.attach(StaffRepository.class).addToCaseload(staffId, workerId));
    }

    public long grant(long assessorId, long workerId, LocalDate from, LocalDate to, Instant expiresAt, String grantedBy) {
        StaffAccount assessor = repository().byId(assessorId).map(StaffRow::account).orElseThrow();
        if (assessor.role() != Role.ASSESSOR) {
            throw new IllegalArgumentException("Only an assessor account can be granted evidence");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        return database.write(tx -> tx.attach(StaffRepository.class).insertGrant(assessorId, workerId, from.toString(),
                to.toString(), expiresAt.toEpochMilli(), grantedBy, clock.millis()));
    }

    public void setPassword(long staffId, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < 10) {
            throw new IllegalArgumentException("A password needs at least 10 characters");
        }
        database.writeVoid(tx -> tx.attach(StaffRepository.class).setPassword(staffId, passwords.encode(rawPassword)));
    }

    public void setActive(long staffId, boolean active) {
        database.writeVoid(tx -> tx.attach(StaffRepository.class).setActive(staffId, active));
    }

    public List<String> coachesOf(long workerId) {
        return repository().coachesOf(workerId);
    }

    public List<AssessorGrant> grantsFor(long workerId) {
        return repository().grantsFor(workerId).stream().map(GrantRow::grant).toList();
    }

    private StaffRepository repository() {
        return database.onReader(StaffRepository.class);
    }
}
