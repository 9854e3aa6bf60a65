package nl.stapwijs.hardware.serial;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.TestClock;
import nl.stapwijs.barcode.ScanReading;
import nl.stapwijs.hardware.ChunkedStream;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-17T09:00:00Z"));
    private final List<String> codes = new ArrayList<>();

    @Test
    void a_code_split_over_two_reads_arrives_whole() {
        LineSplitter lines = splitter(Terminator.CR);

        feed(lines, "871234");
        feed(lines, "5678906\r");

        assertThat(codes).containsExactly("8712345678906");
    }

    @Test
    void two_codes_in_one_read_are_two_scans_and_identical_codes_both_count() {
        LineSplitter lines = splitter(Terminator.CR);

        feed(lines, "P-1005\rP-1005\r");

        assertThat(codes).containsExactly("P-1005", "P-1005");
    }

    @Test
    void a_scanner_sending_cr_lf_works_whether_cr_or_lf_is_configured() {
        LineSplitter onCr = splitter(Terminator.CR);
        feed(onCr, "A1\r\nB2\r\n");
        LineSplitter onLf = splitter(Terminator.LF);
        feed(onLf, "C3\r\nD4\r\n");

        assertThat(codes).containsExactly("A1", "B2", "C3", "D4");
    }

    @Test
    void a_tab_terminated_scanner_is_split_on_tabs() {
        LineSplitter lines = splitter(Terminator.TAB);

        feed(lines, "X-1\tX-2\t");

        assertThat(codes).containsExactly("X-1", "X-2");
    }

    @Test
    void line_noise_from_a_uart_that_powers_up_is_dropped() {
        LineSplitter lines = splitter(Terminator.CR);

        lines.accept(ChunkedStream.bytes(0x00, 0xFF, 0xFF, 0x00), 4);
        feed(lines, "2000000000015\r");

        assertThat(codes).containsExactly("2000000000015");
    }

    @Test
    void bytes_that_are_not_utf8_make_the_scan_unreadable_not_another_code() {
        LineSplitter lines = splitter(Terminator.CR);

        byte[] wrongBaudRate = ChunkedStream.bytes(0x87, 0xC3, 0x28, 'A', '\r');
        lines.accept(wrongBaudRate, wrongBaudRate.length);

        assertThat(codes).hasSize(1);
        assertThat(ScanReading.of(codes.get(0))).isInstanceOf(ScanReading.Unreadable.class);
    }

    @Test
    void utf8_text_from_a_qr_code_is_kept() {
        LineSplitter lines = splitter(Terminator.CR);

        feed(lines, "Kraków-7\r");

        assertThat(codes).containsExactly("Kraków-7");
    }

    @Test
    void a_line_without_end_is_cut_and_refused_as_too_long() {
        LineSplitter lines = splitter(Terminator.CR);

        feed(lines, "9".repeat(10_000) + "\r");

        assertThat(codes).hasSize(1);
        assertThat(codes.get(0)).hasSize(LineSplitter.MAX_LINE);
        assertThat(ScanReading.of(codes.get(0))).isEqualTo(
                ScanReading.of("9".repeat(LineSplitter.MAX_LINE)));
        assertThat(ScanReading.of(codes.get(0))).isInstanceOf(ScanReading.Unreadable.class);
    }

    @Test
    void half_a_code_from_a_scanner_that_was_reset_does_not_prefix_the_next_code() {
        LineSplitter lines = splitter(Terminator.CR);

        feed(lines, "8712");
        clock.advance(Duration.ofSeconds(3));
        feed(lines, "P-1006\r");

        assertThat(codes).containsExactly("P-1006");
    }

    @Test
    void empty_lines_are_not_scans() {
        LineSplitter lines = splitter(Terminator.LF);

        feed(lines, "\n\n\r\n");

        assertThat(codes).isEmpty();
    }

    private LineSplitter splitter(Terminator terminator) {
        return new LineSplitter(terminator, clock, codes::add);
    }

    private static void feed(LineSplitter lines, String text) {
        byte[] bytes = text.getBytes(UTF_8);
        lines.accept(bytes, bytes.length);
    }
}
