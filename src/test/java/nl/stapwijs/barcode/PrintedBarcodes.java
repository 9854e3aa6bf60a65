package nl.stapwijs.barcode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What a scanner would read from a printed PDF: each page rasterised at printer resolution
 * with pdfbox, then every barcode on it decoded with ZXing.
 */
public final class PrintedBarcodes {

    private PrintedBarcodes() {
    }

    /** Every code found, page by page; within a page in the order ZXing finds them. */
    public static List<List<String>> perPage(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<List<String>> pages = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pages.add(decodeAll(renderer.renderImageWithDPI(page, dpi, ImageType.GRAY)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The codes of each label of a sheet, label by label in reading order (an empty list for an
     * empty place): each label's rectangle is cut from the page and decoded on its own.
     */
    public static List<List<String>> perLabel(byte[] pdf, LabelFormat format) {
        float dpi = 200;
        double pxPerMm = dpi / 25.4;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<List<String>> labels = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.GRAY);
                for (int row = 0; row < format.rows; row++) {
                    for (int column = 0; column < format.columns; column++) {
                        int x = (int) ((format.left + column * (format.width + format.columnGap)) * pxPerMm);
                        int y = (int) ((format.top + row * (format.height + format.rowGap)) * pxPerMm);
                        int w = Math.min(image.getWidth() - x, (int) (format.width * pxPerMm));
                        int h = Math.min(image.getHeight() - y, (int) (format.height * pxPerMm));
                        labels.add(decodeAll(image.getSubimage(x, y, w, h)));
                    }
                }
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes within one rectangle of a page (millimetres from the top left), as a scanner aimed there reads them. */
    public static List<String> inArea(byte[] pdf, int page, double xMm, double yMm, double widthMm, double heightMm) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float dpi = 300;
            double pxPerMm = dpi / 25.4;
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
            int x = (int) (xMm * pxPerMm);
            int y = (int) (yMm * pxPerMm);
            return decodeAll(image.getSubimage(x, y, Math.min(image.getWidth() - x, (int) (widthMm * pxPerMm)),
                    Math.min(image.getHeight() - y, (int) (heightMm * pxPerMm))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> all(byte[] pdf) {
        return perPage(pdf, 300).stream().flatMap(List::stream).toList();
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's size in millimetres, {width, height}. */
    public static double[] pageSizeMm(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var box = document.getPage(page).getMediaBox();
            return new double[] {box.getWidth() / 72 * 25.4, box.getHeight() / 72 * 25.4};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> decodeAll(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            List<String> texts = new ArrayList<>();
            for (Result result : results) {
                texts.add(result.getText());
            }
            return texts;
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
