package nl.stapwijs.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanReadingTest {

    @Test
    void a_code_with_its_terminator_is_readable_without_it() {
        assertThat(ScanReading.of("2000000000034\r\n")).isEqualTo(new ScanReading.Readable("2000000000034"));
        assertThat(ScanReading.of("P-1001\t")).isEqualTo(new ScanReading.Readable("P-1001"));
    }

    @Test
    void empty_and_blank_scans_are_empty() {
        assertThat(ScanReading.of("")).isInstanceOfSatisfying(ScanReading.Unreadable.class,
                u -> assertThat(u.problem()).isEqualTo(ScanReading.Problem.EMPTY));
        assertThat(ScanReading.of("  \r")).isInstanceOf(ScanReading.Unreadable.class);
        assertThat(ScanReading.of(null)).isInstanceOf(ScanReading.Unreadable.class);
    }

    @Test
    void control_characters_make_a_scan_unreadable_and_are_shown_escaped() {
        ScanReading reading = ScanReading.of("AB\u0000\u001bC");

        assertThat(reading).isInstanceOfSatisfying(ScanReading.Unreadable.class, u -> {
            assertThat(u.problem()).isEqualTo(ScanReading.Problem.UNREADABLE);
            assertThat(u.shown()).isEqualTo("AB\\x00\\x1BC");
        });
    }

    @Test
    void ten_kilobytes_are_too_long_and_shown_short() {
        ScanReading reading = ScanReading.of("x".repeat(10_240));

        assertThat(reading).isInstanceOfSatisfying(ScanReading.Unreadable.class, u -> {
            assertThat(u.problem()).isEqualTo(ScanReading.Problem.TOO_LONG);
            assertThat(u.shown()).hasSizeLessThan(160).endsWith("(10240 chars)");
        });
    }

    @Test
    void letters_from_any_script_are_readable() {
        assertThat(ScanReading.of("Zakje-ß-ĳ-щ")).isInstanceOf(ScanReading.Readable.class);
    }
}
