package nl.stapwijs.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BarcodeRendererTest {

    private final BarcodeRenderer renderer = new BarcodeRenderer();

    @ParameterizedTest
    @CsvSource({"P-1001,CODE_128", "2000000000039,EAN_13", "P-1012,QR_CODE", "GRO-ZAK-BLAD,CODE_128"})
    void a_printed_code_decodes_back_to_its_text(String text, Symbology symbology) throws Exception {
        byte[] png = renderer.png(text, symbology, 600, symbology == Symbology.QR_CODE ? 600 : 180);

        Result decoded = decode(ImageIO.read(new ByteArrayInputStream(png)));

        assertThat(decoded.getText()).isEqualTo(text);
    }

    @Test
    void an_ean_13_with_a_wrong_check_digit_is_not_rendered() {
        assertThatThrownBy(() -> renderer.png("2000000000038", Symbology.EAN_13, 600, 180))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EAN-13");
    }

    @Test
    void check_digits_follow_gs1() {
        assertThat(Ean13.withCheckDigit("871234567890")).isEqualTo("8712345678906");
        assertThat(Ean13.isValid("4006381333931")).isTrue();
        assertThat(Ean13.isValid("4006381333932")).isFalse();
    }

    private static Result decode(BufferedImage image) throws NotFoundException, IOException {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
    }
}
