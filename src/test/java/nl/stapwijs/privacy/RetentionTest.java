package nl.stapwijs.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.NewEvent;
import nl.stapwijs.station.StationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

    @TempDir
    Path dir;

    @Test
    void detail_older_than_the_setting_becomes_daily_totals_and_newer_detail_stays() {
        try (StationFixture workshop = new StationFixture(dir)) {
            for (int i = 0; i < 5; i++) {
                workshop.journal.append(NewEvent.of("VER-9", EventKind.UNIT, 1L, 1L).withQuantity(2));
            }
            workshop.clock.advance(Duration.ofDays(400));
            workshop.journal.append(NewEvent.of("VER-9", EventKind.UNIT, 1L, 1L).withQuantity(1));
            Retention retention = new Retention(workshop.journal, new Settings(workshop.database), workshop.clock,
                    new StapwijsProperties(dir, ZoneId.of("Europe/Amsterdam"), null));
            retention.setDetailMonths(12);

            long rolled = retention.apply();

            assertThat(rolled).isEqualTo(5);
            assertThat(workshop.journal.ofStationSince("VER-9", Instant.EPOCH)).hasSize(1);
            long rolledUpUnits = workshop.database.read(tx -> tx.attach(RollupRead.class).quantity("VER-9"));
            assertThat(rolledUpUnits).isEqualTo(10);
        }
    }

    interface RollupRead {
        @org.jdbi.v3.sqlobject.statement.SqlQuery("SELECT SUM(quantity) FROM journal_rollup WHERE station = :station AND kind = 'UNIT'")
        long quantity(String station);
    }
}
