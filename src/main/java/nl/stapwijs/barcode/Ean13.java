package nl.stapwijs.barcode;

/** EAN-13 check digits (GS1 mod-10: weights 1 and 3 from the left). */
public final class Ean13 {

    private Ean13() {
    }

    public static String withCheckDigit(String twelveDigits) {
        if (!twelveDigits.matches("\\d{12}")) {
            throw new IllegalArgumentException("EAN-13 needs 12 digits before the check digit");
        }
        return twelveDigits + checkDigit(twelveDigits);
    }

    public static boolean isValid(String code) {
        return code.matches("\\d{13}") && checkDigit(code.substring(0, 12)) == code.charAt(12) - '0';
    }

    private static int checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
