package nl.stapwijs.hardware.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.barcode.ScanReading;
import org.junit.jupiter.api.Test;

class KeyTypingTest {

    private static final long NINE_O_CLOCK = 1_763_370_000_000L;
    // Linux key codes of the keys these tests press.
    private static final int P = 25, MINUS = 12, ONE = 2, ZERO = 11, FIVE = 6, SIX = 7, Y = 21, Z = 44, Q = 16,
            A = 30, SEMICOLON = 39, KP_2 = 80, KP_0 = 82, LEFTCTRL = 29, F1 = 59, TAB = 15, KP_ENTER = 96;

    private final List<String> codes = new ArrayList<>();

    @Test
    void shift_types_capitals_and_enter_ends_the_code() throws IOException {
        Recording badge = new Recording(NINE_O_CLOCK)
                .with(Recording.KEY_LEFTSHIFT, P).tap(MINUS, ONE, ZERO, ZERO, FIVE).tap(Recording.KEY_ENTER);

        read(badge, KeyboardLayout.US);

        assertThat(codes).containsExactly("P-1005");
    }

    @Test
    void auto_repeat_of_a_held_key_types_nothing_more() throws IOException {
        Recording held = new Recording(NINE_O_CLOCK)
                .key(ONE, InputEvent.KEY_DOWN).key(ONE, InputEvent.KEY_REPEAT).key(ONE, InputEvent.KEY_REPEAT)
                .key(ONE, InputEvent.KEY_UP).tap(Recording.KEY_ENTER);

        read(held, KeyboardLayout.US);

        assertThat(codes).containsExactly("1");
    }

    @Test
    void the_same_code_scanned_twice_is_two_codes() throws IOException {
        Recording twice = new Recording(NINE_O_CLOCK).tap(FIVE, SIX, Recording.KEY_ENTER).tap(FIVE, SIX, Recording.KEY_ENTER);

        read(twice, KeyboardLayout.US);

        assertThat(codes).containsExactly("56", "56");
    }

    @Test
    void the_layout_decides_what_a_key_position_types() throws IOException {
        Recording keys = new Recording(NINE_O_CLOCK).tap(Y, Z, Q, A).tap(Recording.KEY_ENTER);

        read(keys, KeyboardLayout.US);
        read(keys, KeyboardLayout.DE);
        read(keys, KeyboardLayout.FR);

        assertThat(codes).containsExactly("yzqa", "zyqa", "ywaq");
    }

    @Test
    void azerty_types_digits_with_shift_and_german_types_the_at_sign_with_altgr() throws IOException {
        Recording azerty = new Recording(NINE_O_CLOCK).with(Recording.KEY_LEFTSHIFT, ONE, ZERO, FIVE).tap(Recording.KEY_ENTER);
        Recording german = new Recording(NINE_O_CLOCK).tap(A).with(Recording.KEY_RIGHTALT, Q).tap(A, Recording.KEY_ENTER);

        read(azerty, KeyboardLayout.FR);
        read(german, KeyboardLayout.DE);

        assertThat(codes).containsExactly("105", "a@a");
    }

    @Test
    void the_number_pad_and_its_enter_work_in_every_layout() throws IOException {
        Recording keypad = new Recording(NINE_O_CLOCK).tap(KP_2, KP_0, KP_ENTER);

        read(keypad, KeyboardLayout.FR);

        assertThat(codes).containsExactly("20");
    }

    @Test
    void tab_ends_a_code_like_enter() throws IOException {
        read(new Recording(NINE_O_CLOCK).tap(ONE, TAB, ZERO, TAB), KeyboardLayout.US);

        assertThat(codes).containsExactly("1", "0");
    }

    @Test
    void a_key_the_layout_cannot_type_or_a_ctrl_combination_makes_the_scan_unreadable() throws IOException {
        read(new Recording(NINE_O_CLOCK).tap(ONE, F1, ONE, Recording.KEY_ENTER), KeyboardLayout.US);
        read(new Recording(NINE_O_CLOCK).tap(ONE).with(LEFTCTRL, SEMICOLON).tap(Recording.KEY_ENTER), KeyboardLayout.US);

        assertThat(codes).hasSize(2).allSatisfy(code ->
                assertThat(ScanReading.of(code)).isInstanceOf(ScanReading.Unreadable.class));
    }

    @Test
    void a_stray_key_long_before_a_scan_does_not_prefix_it() throws IOException {
        Recording stray = new Recording(NINE_O_CLOCK).tap(ONE).pause(5_000).tap(FIVE, SIX, Recording.KEY_ENTER);

        read(stray, KeyboardLayout.US);

        assertThat(codes).containsExactly("56");
    }

    @Test
    void enter_alone_is_not_a_scan() throws IOException {
        read(new Recording(NINE_O_CLOCK).tap(Recording.KEY_ENTER, Recording.KEY_ENTER), KeyboardLayout.US);

        assertThat(codes).isEmpty();
    }

    @Test
    void a_32_bit_stream_reads_the_same() throws IOException {
        Recording badge = new Recording(NINE_O_CLOCK).with(Recording.KEY_LEFTSHIFT, P).tap(MINUS, ONE, Recording.KEY_ENTER);
        KeyTyping typing = new KeyTyping(KeyboardLayout.US, codes::add);
        InputStream in = new ByteArrayInputStream(badge.bytes(16));

        for (InputEvent event = InputEvent.read(in, 16); event != null; event = InputEvent.read(in, 16)) {
            typing.accept(event);
        }

        assertThat(codes).containsExactly("P-1");
    }

    private void read(Recording recording, KeyboardLayout layout) throws IOException {
        KeyTyping typing = new KeyTyping(layout, codes::add);
        InputStream in = new ByteArrayInputStream(recording.bytes(24));
        for (InputEvent event = InputEvent.read(in, 24); event != null; event = InputEvent.read(in, 24)) {
            typing.accept(event);
        }
    }
}
