package nl.stapwijs.coaching;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.image.Jpeg;
import org.springframework.stereotype.Component;

/**
 * Photos with log entries, under {@code <data dir>/coaching/photos}. An upload is judged by its
 * content, not its name: only a JPEG or PNG that decodes is kept, and it is drawn again into a
 * new JPEG of at most {@link #LONGEST_SIDE} pixels, which leaves every piece of metadata (EXIF
 * with place and camera) behind.
 */
@Component
public class PhotoStore {

    public static final int MAX_UPLOAD_BYTES = 12 * 1024 * 1024;
    static final int LONGEST_SIDE = 1600;
    /** A small file can claim a huge picture (a decompression bomb); refuse before decoding it. */
    private static final long MAX_PIXELS = 50_000_000L;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    private final Path folder;

    public PhotoStore(StapwijsProperties properties) {
        this.folder = properties.dataDir().resolve("coaching").resolve("photos");
    }

    /** A photo as stored: its file name in this store and its size. */
    public record Stored(String file, int width, int height, long sizeBytes) {
    }

    /** Thrown for anything that is not a usable photo; the message is safe to show. */
    public static final class NotAPhoto extends IllegalArgumentException {
        NotAPhoto(String message) {
            super(message);
        }
    }

    public Stored store(byte[] upload) {
        BufferedImage image = decode(upload);
        if ((upload[0] & 0xFF) == 0xFF && (upload[1] & 0xFF) == 0xD8) {
            image = Jpeg.upright(image, upload); // phones store the picture sideways and say so in EXIF
        }
        BufferedImage fitted = fit(image);
        byte[] jpeg = Jpeg.encode(fitted);
        String file = UUID.randomUUID() + ".jpg";
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(file), jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a photo in " + folder, e);
        }
        return new Stored(file, fitted.getWidth(), fitted.getHeight(), jpeg.length);
    }

    public byte[] read(String file) {
        try {
            return Files.readAllBytes(resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored photo is missing", e);
        }
    }

    public boolean exists(String file) {
        return Files.isRegularFile(resolve(file));
    }

    public void delete(String file) {
        try {
            Files.deleteIfExists(resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete a stored photo", e);
        }
    }

    /** Names come from this store only; anything that could leave the folder is refused. */
    private Path resolve(String file) {
        if (!file.matches("[0-9a-f-]{36}\\.jpg")) {
            throw new IllegalArgumentException("Not a photo of this store");
        }
        return folder.resolve(file);
    }

    private static BufferedImage decode(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new NotAPhoto("The file is empty");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new NotAPhoto("The photo is larger than " + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new NotAPhoto("Only JPEG and PNG photos can be added");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                    throw new NotAPhoto("Only JPEG and PNG photos can be added");
                }
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new NotAPhoto("The photo has too many pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof NotAPhoto notAPhoto) {
                throw notAPhoto;
            }
            throw new NotAPhoto("The file could not be read as a photo");
        }
    }

    private static BufferedImage fit(BufferedImage image) {
        double scale = Math.min(1.0, LONGEST_SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        // Always drawn anew, also at the same size: only the pixels survive, on white (no transparency in JPEG).
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

}
