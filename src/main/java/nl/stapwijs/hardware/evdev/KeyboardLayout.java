package nl.stapwijs.hardware.evdev;

import java.util.HashMap;
import java.util.Map;

/**
 * The keyboard layout a USB scanner "types" in. A scanner sends key positions, not
 * characters: the same code 21 is Y on a US keyboard and Z on a German one. Set the scanner
 * and this setting to the same layout (US is the factory default of most scanners).
 */
public enum KeyboardLayout {

    US(new Keys()
            .row(Keys.NUMBER_ROW, "`1234567890-=", "~!@#$%^&*()_+")
            .row(Keys.TOP_ROW, "qwertyuiop[]", "QWERTYUIOP{}")
            .row(Keys.HOME_ROW, "asdfghjkl;'\\", "ASDFGHJKL:\"|")
            .row(Keys.BOTTOM_ROW, "\\zxcvbnm,./", "|ZXCVBNM<>?")
            .keypad('.')),

    /** German QWERTZ. */
    DE(new Keys()
            .row(Keys.NUMBER_ROW, "^1234567890ß´", "°!\"§$%&/()=?`")
            .row(Keys.TOP_ROW, "qwertzuiopü+", "QWERTZUIOPÜ*")
            .row(Keys.HOME_ROW, "asdfghjklöä#", "ASDFGHJKLÖÄ'")
            .row(Keys.BOTTOM_ROW, "<yxcvbnm,.-", ">YXCVBNM;:_")
            .altGr(3, '²').altGr(4, '³').altGr(8, '{').altGr(9, '[').altGr(10, ']').altGr(11, '}')
            .altGr(12, '\\').altGr(16, '@').altGr(18, '€').altGr(27, '~').altGr(50, 'µ').altGr(86, '|')
            .keypad(',')),

    /** French AZERTY: the digits need shift. */
    FR(new Keys()
            .row(Keys.NUMBER_ROW, "²&é\"'(-è_çà)=", "²1234567890°+")
            .row(Keys.TOP_ROW, "azertyuiop^$", "AZERTYUIOP¨£")
            .row(Keys.HOME_ROW, "qsdfghjklmù*", "QSDFGHJKLM%µ")
            .row(Keys.BOTTOM_ROW, "<wxcvbn,;:!", ">WXCVBN?./§")
            .altGr(3, '~').altGr(4, '#').altGr(5, '{').altGr(6, '[').altGr(7, '|').altGr(8, '`')
            .altGr(9, '\\').altGr(10, '^').altGr(11, '@').altGr(12, ']').altGr(13, '}').altGr(18, '€')
            .keypad('.'));

    private final Keys keys;

    KeyboardLayout(Keys keys) {
        this.keys = keys;
    }

    /** The character a key types, or 0 when the key types nothing in this layout. */
    char character(int code, boolean shift, boolean altGr) {
        String[] meanings = keys.meanings.get(code);
        if (meanings == null) {
            return 0;
        }
        String meaning = altGr ? meanings[2] : shift ? meanings[1] : meanings[0];
        return meaning == null ? 0 : meaning.charAt(0);
    }

    /** Linux key codes (input-event-codes.h) per row of a 105-key keyboard, left to right. */
    private static final class Keys {
        static final int[] NUMBER_ROW = {41, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        static final int[] TOP_ROW = {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27};
        static final int[] HOME_ROW = {30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 43};
        /** 86 is the extra key left of Z on ISO keyboards. */
        static final int[] BOTTOM_ROW = {86, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53};
        static final int SPACE = 57;

        final Map<Integer, String[]> meanings = new HashMap<>();

        Keys() {
            meanings.put(SPACE, new String[] {" ", " ", null});
        }

        Keys row(int[] codes, String plain, String shifted) {
            if (plain.length() != codes.length || shifted.length() != codes.length) {
                throw new IllegalArgumentException("A keyboard row needs one character per key");
            }
            for (int i = 0; i < codes.length; i++) {
                meanings.put(codes[i], new String[] {plain.substring(i, i + 1), shifted.substring(i, i + 1), null});
            }
            return this;
        }

        Keys altGr(int code, char character) {
            meanings.get(code)[2] = String.valueOf(character);
            return this;
        }

        /** The number pad with Num Lock on, which some scanners use for every digit. */
        Keys keypad(char decimal) {
            int[] codes = {82, 79, 80, 81, 75, 76, 77, 71, 72, 73};
            for (int digit = 0; digit < 10; digit++) {
                String d = String.valueOf(digit);
                meanings.put(codes[digit], new String[] {d, d, null});
            }
            meanings.put(83, new String[] {String.valueOf(decimal), String.valueOf(decimal), null});
            meanings.put(74, new String[] {"-", "-", null});
            meanings.put(78, new String[] {"+", "+", null});
            meanings.put(55, new String[] {"*", "*", null});
            meanings.put(98, new String[] {"/", "/", null});
            return this;
        }
    }
}
