package nl.stapwijs.hardware.evdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class InputEventTest {

    @Test
    void a_64_bit_input_event_is_a_timeval_of_two_longs_then_type_code_and_value() throws Exception {
        // KEY_A (30) pressed at 1763370000.123456 s, laid out as the kernel writes it for a 64-bit process (little-endian).
        byte[] struct = HexFormat.of().parseHex(
                "10e41a6900000000" + "40e2010000000000" + "0100" + "1e00" + "01000000");

        InputEvent event = InputEvent.read(new ByteArrayInputStream(struct), 24);

        assertThat(event).isEqualTo(new InputEvent(1_763_370_000_123L, 1, 30, 1));
    }

    @Test
    void a_32_bit_input_event_has_a_timeval_of_two_ints() throws Exception {
        byte[] struct = HexFormat.of().parseHex("10e41a69" + "40e20100" + "0100" + "1c00" + "00000000");

        InputEvent event = InputEvent.read(new ByteArrayInputStream(struct), 16);

        assertThat(event).isEqualTo(new InputEvent(1_763_370_000_123L, 1, 28, 0));
    }

    @Test
    void the_end_of_the_device_between_events_is_a_clean_end() throws Exception {
        assertThat(InputEvent.read(new ByteArrayInputStream(new byte[0]), 24)).isNull();
    }

    @Test
    void an_event_cut_in_half_is_an_error() {
        assertThatThrownBy(() -> InputEvent.read(new ByteArrayInputStream(new byte[10]), 24))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void writing_and_reading_an_event_gives_it_back_in_both_sizes() throws Exception {
        InputEvent event = new InputEvent(1_763_370_000_456L, 1, 42, 2);

        assertThat(InputEvent.read(new ByteArrayInputStream(event.bytes(24)), 24)).isEqualTo(event);
        assertThat(InputEvent.read(new ByteArrayInputStream(event.bytes(16)), 16)).isEqualTo(event);
    }
}
