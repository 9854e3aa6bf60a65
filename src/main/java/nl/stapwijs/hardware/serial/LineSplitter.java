package nl.stapwijs.hardware.serial;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Cuts a serial scanner's byte stream into codes. Bytes arrive in any chunks (a code can
 * be split over two reads, two codes can come in one). Text is UTF-8, which covers ASCII
 * codes and the UTF-8 in QR codes; bytes that are not UTF-8 become a control character so the
 * scan is refused as unreadable instead of counted as something else.
 */
final class LineSplitter {

    /** Longer than any code; the rest of such a line is dropped and the scan refused as too long. */
    static final int MAX_LINE = 512;
    /** A half code left by a scanner that was reset mid-sentence must not prefix the next code. */
    static final long IDLE_RESET_MS = 1000;

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte TAB = '\t';

    private final Terminator terminator;
    private final Clock clock;
    private final Consumer<String> lines;
    private final byte[] line = new byte[MAX_LINE];
    private int length;
    private boolean overflowed;
    private byte previous;
    private long lastByteMillis;

    LineSplitter(Terminator terminator, Clock clock, Consumer<String> lines) {
        this.terminator = terminator;
        this.clock = clock;
        this.lines = lines;
    }

    void accept(byte[] bytes, int count) {
        long now = clock.millis();
        if (length > 0 && now - lastByteMillis > IDLE_RESET_MS) {
            clear();
        }
        lastByteMillis = now;
        for (int i = 0; i < count; i++) {
            accept(bytes[i]);
        }
    }

    private void accept(byte b) {
        byte before = previous;
        previous = b;
        // A UART that powers up or a cable that is plugged in reads as NUL or 0xFF; never part of a code.
        if (b == 0 || b == (byte) 0xFF) {
            return;
        }
        switch (terminator) {
            case CR -> {
                if (b == CR) {
                    end();
                    return;
                }
                if (b == LF && before == CR) {
                    return;
                }
            }
            case LF -> {
                if (b == LF) {
                    if (length > 0 && line[length - 1] == CR) {
                        length--;
                    }
                    end();
                    return;
                }
            }
            case TAB -> {
                if (b == TAB) {
                    end();
                    return;
                }
                if ((b == CR || b == LF) && length == 0) {
                    return;
                }
            }
        }
        if (length < MAX_LINE) {
            line[length++] = b;
        } else {
            overflowed = true;
        }
    }

    private void end() {
        if (length > 0 || overflowed) {
            String text = decode();
            clear();
            lines.accept(text);
        }
    }

    private void clear() {
        length = 0;
        overflowed = false;
    }

    private String decode() {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\u0007");
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(line, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("A replacing decoder does not throw", e);
        }
    }
}
