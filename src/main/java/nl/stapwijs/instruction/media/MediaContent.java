package nl.stapwijs.instruction.media;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whether a file's bytes are what its name says, for media that arrive without passing an
 * upload check (an imported instruction, a pictogram pack): a shared zip can carry anything.
 */
public final class MediaContent {

    private static final Pattern SVG_DANGER = Pattern.compile("(?i)(<script|javascript:|<foreignObject|\\son[a-z]+\\s*=|<!ENTITY)");

    private MediaContent() {
    }

    public static boolean matches(String extension, byte[] content) {
        if (extension.equals("svg")) {
            return isSvg(content) && !hasScript(content);
        }
        String sniffed = Sniff.of(content).extension;
        return sniffed.equals(extension) || extension.equals("opus") && sniffed.equals("ogg");
    }

    public static boolean isSvg(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).contains("<svg");
    }

    /** A pictogram is a picture: an SVG with scripts or event handlers could run in the editor's page. */
    public static boolean hasScript(byte[] svg) {
        return SVG_DANGER.matcher(new String(svg, StandardCharsets.UTF_8)).find();
    }
}
