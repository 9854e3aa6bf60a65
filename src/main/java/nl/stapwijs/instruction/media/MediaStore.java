package nl.stapwijs.instruction.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.stapwijs.base.StapwijsProperties;
import org.springframework.stereotype.Component;

/**
 * Uploaded and generated media under the data folder, content-addressed: a file is named by
 * the SHA-256 of its bytes, so it is stored once however often it is used, never changes, and
 * can be cached for ever by browsers and stations. Rows refer to it as {@code media:<name>}.
 */
@Component
public class MediaStore {

    public static final String PREFIX = "media:";

    /** Hash names, and {@code tts-<hash>} for rendered speech (named by what was said, not by its bytes). */
    private static final Pattern NAME = Pattern.compile("(tts-)?[0-9a-f]{64}\\.(jpg|png|webp|svg|mp4|webm|ogg|opus|wav|mp3|m4a)");

    private final Path dir;

    public MediaStore(StapwijsProperties properties) {
        this.dir = properties.mediaDir();
    }

    /** Stores bytes under their hash and returns the reference to put in a row. */
    public String put(byte[] content, String extension) {
        return write(sha256(content) + "." + extension, content);
    }

    /** Stores bytes under a name chosen by the caller (rendered speech: a hash of what was said). */
    public String putNamed(String name, byte[] content) {
        require(name);
        return write(name, content);
    }

    public boolean exists(String reference) {
        return file(reference).map(Files::isRegularFile).orElse(false);
    }

    /** The file behind a reference or a bare name; empty for anything that is not a media name. */
    public Optional<Path> file(String referenceOrName) {
        String name = nameOf(referenceOrName);
        return isName(name) ? Optional.of(dir.resolve(name)) : Optional.empty();
    }

    public byte[] read(String reference) {
        Path file = file(reference).orElseThrow(() -> new IllegalArgumentException("Not a media reference: " + reference));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Media file missing: " + nameOf(reference), e);
        }
    }

    public static boolean isReference(String value) {
        return value != null && value.startsWith(PREFIX) && isName(value.substring(PREFIX.length()));
    }

    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static String nameOf(String referenceOrName) {
        return referenceOrName != null && referenceOrName.startsWith(PREFIX)
                ? referenceOrName.substring(PREFIX.length()) : referenceOrName;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private String write(String name, byte[] content) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, name, ".part");
                Files.write(partial, content);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not store media " + name, e);
            }
        }
        return PREFIX + name;
    }

    private static void require(String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException("Not a media name: " + name);
        }
    }
}
