package nl.stapwijs.instruction.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip (a pictogram pack, a shared instruction) without trusting it: sizes are
 * counted while inflating, not taken from the headers, so a zip bomb stops at the limit; names
 * that climb out of the archive ("../", "/etc", "C:") are refused; folders are flattened away
 * only by the caller, never by writing the name to disk.
 */
public final class SafeZip {

    public static final int MAX_ENTRIES = 5_000;
    public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    public static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    private SafeZip() {
    }

    /** Every file in the zip by its path inside it, in the zip's order; directories and OS litter left out. */
    public static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (unsafe(name)) {
                    throw new MediaRefused("media.zip.badName", name.length() > 60 ? name.substring(0, 60) : name);
                }
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.endsWith(".DS_Store")) {
                    continue;
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw new MediaRefused("media.zip.tooMany", MAX_ENTRIES);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (out.size() + read > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new MediaRefused("media.zip.tooLarge", MAX_TOTAL_BYTES / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
                if (files.put(name, out.toByteArray()) != null) {
                    throw new MediaRefused("media.zip.badName", name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new MediaRefused("media.zip.unreadable");
        }
        if (files.isEmpty()) {
            throw new MediaRefused("media.zip.unreadable");
        }
        return files;
    }

    static boolean unsafe(String name) {
        return name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("(?s).*[\\x00-\\x1f].*")
                || name.matches("^[A-Za-z]:.*") || java.util.Arrays.asList(name.split("/")).contains("..");
    }
}
