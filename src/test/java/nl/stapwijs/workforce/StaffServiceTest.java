package nl.stapwijs.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import nl.stapwijs.station.StationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffServiceTest {

    @TempDir
    Path dir;

    StationFixture workshop;
    StaffService staff;

    @BeforeEach
    void open() {
        workshop = new StationFixture(dir);
        staff = workshop.staff;
    }

    @AfterEach
    void close() {
        workshop.close();
    }

    @Test
    void five_wrong_passwords_in_a_row_lock_the_account_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            staff.recordFailedSignIn("begeleider");
        }
        assertThat(staff.isLocked(account())).isFalse();

        staff.recordFailedSignIn("begeleider");

        assertThat(staff.isLocked(account())).isTrue();
        workshop.clock.advance(Duration.ofMinutes(14));
        assertThat(staff.isLocked(account())).isTrue();
        workshop.clock.advance(Duration.ofMinutes(2));
        assertThat(staff.isLocked(account())).isFalse();
    }

    @Test
    void a_successful_sign_in_forgets_earlier_wrong_passwords() {
        staff.recordFailedSignIn("begeleider");
        staff.recordFailedSignIn("begeleider");

        staff.recordSignIn("begeleider");

        assertThat(account().failedAttempts()).isZero();
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_and_must_be_long_enough() {
        assertThat(account().passwordHash()).startsWith("$2").doesNotContain("stapwijs-begeleider");
        assertThatThrownBy(() -> staff.create("kort", "Kort", "geheim", Role.COACH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private StaffAccount account() {
        return staff.account("begeleider").orElseThrow();
    }
}
