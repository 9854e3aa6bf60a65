package nl.stapwijs.instruction.pictogram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled OpenMoji set with searchable words: OpenMoji's own English names and tags, the
 * Dutch names and keywords of Unicode CLDR for each emoji, and a small Dutch list of our own
 * for OpenMoji's extra pictograms (tools, gardening), which CLDR does not know.
 */
final class OpenMojiIndex {

    record Entry(String hexcode, String dutchName, String englishName, String words) {
    }

    private final List<Entry> entries;

    private OpenMojiIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    static OpenMojiIndex load() {
        Map<String, List<String>> dutch = new HashMap<>();
        readCldr("/META-INF/resources/assets/cldr/annotations/nl/annotations.json", dutch);
        readCldr("/META-INF/resources/assets/cldr/annotationsDerived/nl/annotations.json", dutch);
        Properties extras = new Properties();
        try (InputStream in = OpenMojiIndex.class.getResourceAsStream("openmoji-extras-nl.properties")) {
            if (in != null) {
                extras.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = resource("/META-INF/resources/assets/openmoji/data/openmoji.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            for (String line : lines) {
                List<String> f = Csv.fields(line);
                if (f.size() < 10 || !f.get(9).isEmpty()) {
                    continue;   // skin-tone variants would fill the picker with near-copies
                }
                String emoji = f.get(0);
                String hexcode = f.get(1);
                List<String> nl = dutch.getOrDefault(emoji, dutch.getOrDefault(emoji.replace("\uFE0F", ""), List.of()));
                String extra = extras.getProperty(hexcode, "");
                String dutchName = !nl.isEmpty() ? nl.get(0) : extra.isEmpty() ? null : extra.split(",")[0].strip();
                String words = String.join(" ", f.get(4), f.get(5), f.get(6), f.get(3), String.join(" ", nl), extra);
                entries.add(new Entry(hexcode, dutchName, f.get(4), normalize(words)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenMoji data is missing from the build", e);
        }
        return new OpenMojiIndex(entries);
    }

    /** Lower case without accents, so "vork" finds "vorkheftruck" and "e" finds "é". */
    static String normalize(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** CLDR: the tts name first, then the keywords. */
    private static void readCldr(String path, Map<String, List<String>> into) {
        try (InputStream in = OpenMojiIndex.class.getResourceAsStream(path)) {
            if (in == null) {
                return;
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            JsonNode annotations = root.path(root.has("annotations") ? "annotations" : "annotationsDerived").path("annotations");
            for (var field : annotations.properties()) {
                List<String> words = new ArrayList<>();
                field.getValue().path("tts").forEach(n -> words.add(n.asString()));
                field.getValue().path("default").forEach(n -> words.add(n.asString()));
                into.merge(field.getKey(), words, (a, b) -> { List<String> all = new ArrayList<>(a); all.addAll(b); return all; });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = OpenMojiIndex.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " not found");
        }
        return in;
    }
}
