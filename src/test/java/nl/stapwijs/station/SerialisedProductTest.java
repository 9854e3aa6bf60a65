package nl.stapwijs.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Double reads: one trigger is one count, except that a serialised unit counts once, ever. */
class SerialisedProductTest {

    @TempDir
    Path dir;

    StationFixture fixture;
    StationRuntime ver1;
    String boxCode;

    @BeforeEach
    void open() {
        fixture = new StationFixture(dir);
        ver1 = fixture.station("VER-1");
        boxCode = fixture.productCode("VOUWEN");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void identical_codes_in_a_row_are_separate_units_of_an_ordinary_product() {
        signInAndProduce(ver1, "P-1005");

        Outcome first = ver1.scan(boxCode);
        Outcome second = ver1.scan(boxCode);
        Outcome third = ver1.scan(boxCode);

        assertThat(first).isInstanceOf(Outcome.Confirmed.class);
        assertThat(second).isInstanceOf(Outcome.Confirmed.class);
        assertThat(third).isInstanceOf(Outcome.Confirmed.class);
        assertThat(ver1.state().unitsToday()).isEqualTo(3);
    }

    @Test
    void a_serialised_unit_counts_once_and_its_second_scan_is_refused_as_already_counted() {
        serialise();
        signInAndProduce(ver1, "P-1005");

        Outcome first = ver1.scan(boxCode + "SN000123");
        Outcome again = ver1.scan(boxCode + "SN000123");
        Outcome next = ver1.scan(boxCode + "SN000124");

        assertThat(first).isInstanceOf(Outcome.Confirmed.class);
        assertThat(again).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.ALREADY_COUNTED));
        assertThat(next).isInstanceOf(Outcome.Confirmed.class);
        assertThat(ver1.state().unitsToday()).isEqualTo(2);
        ProductionEvent refusal = fixture.journalOf("VER-1").stream()
                .filter(e -> e.kind() == EventKind.SCAN_REFUSED).findFirst().orElseThrow();
        assertThat(refusal.reason()).isEqualTo("ALREADY_COUNTED");
        assertThat(refusal.code()).isEqualTo(boxCode + "SN000123");
    }

    @Test
    void a_serial_counted_at_another_station_is_refused_here_too() {
        serialise();
        signInAndProduce(ver1, "P-1005");
        ver1.scan(boxCode + "SN000123");
        StationRuntime ver2 = fixture.station("VER-2");
        signInAndProduce(ver2, "P-1006");

        Outcome atVer2 = ver2.scan(boxCode + "SN000123");

        assertThat(atVer2).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.ALREADY_COUNTED));
    }

    @Test
    void the_bare_product_code_of_a_serialised_product_is_not_a_unit() {
        serialise();
        signInAndProduce(ver1, "P-1005");

        Outcome bare = ver1.scan(boxCode);

        assertThat(bare).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.UNKNOWN_CODE));
    }

    @Test
    void the_pedal_still_counts_at_a_station_making_a_serialised_product() {
        serialise();
        signInAndProduce(ver1, "P-1005");

        ver1.count();
        ver1.count();

        assertThat(ver1.state().unitsToday()).isEqualTo(2);
    }

    private void serialise() {
        Product box = fixture.products.productByBarcode(boxCode).orElseThrow();
        fixture.products.setSerialised(box.id(), true);
    }

    private void signInAndProduce(StationRuntime station, String badge) {
        station.scan(badge);
        station.chooseTask(fixture.taskId("VOUWEN"));
        while (station.state().mode() == Mode.STEPS) {
            station.next();
        }
    }
}
