package nl.stapwijs.instruction.pictogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Search over every pictogram an author can use: the bundled OpenMoji set by Dutch and English
 * word, and the imported packs by file name. An empty search shows what workshops need most.
 */
@Service
public class PictogramCatalogue {

    /** Shown before anything is typed: hands and actions, tools, protective equipment, packing, green. */
    static final List<String> FIRST = List.of("270B", "1F44D", "27A1", "1F504", "1F4E6", "1F4E5", "E1D9", "2702",
            "1FA9B", "1F527", "1F528", "1FA9A", "1F9F0", "1F50C", "1F4A1", "1F9E4", "1F97D", "1F9BA", "1F3A7", "1F97E",
            "1F637", "E342", "E343", "E344", "E345", "1F342", "1F33F", "1F9F9", "1F5D1", "267B", "1F4CF", "2696");

    private static final int LIMIT = 60;

    private final PictogramPacks packs;
    private volatile OpenMojiIndex index;

    public PictogramCatalogue(PictogramPacks packs) {
        this.packs = packs;
    }

    /** Pictograms whose words start with every word typed, best matches first. */
    public List<Pictogram> search(String query) {
        String wanted = OpenMojiIndex.normalize(query == null ? "" : query);
        if (wanted.isEmpty()) {
            return FIRST.stream().map(this::openMoji).toList();
        }
        String[] words = wanted.split(" ");
        List<Pictogram> found = new ArrayList<>();
        packs.all().stream().filter(p -> matches(OpenMojiIndex.normalize(p.name()), words)).limit(LIMIT).forEach(found::add);
        index().entries().stream()
                .filter(e -> matches(e.words(), words))
                .sorted(Comparator.comparingInt(e -> rank(e, wanted)))
                .limit(LIMIT - found.size())
                .forEach(e -> found.add(new Pictogram("openmoji:" + e.hexcode(), name(e), "OpenMoji", false)));
        return found;
    }

    /** The name of any pictogram reference, for alternative text and the editor. */
    public String nameOf(String reference) {
        if (reference != null && reference.startsWith("openmoji:")) {
            String hex = reference.substring("openmoji:".length());
            return index().entries().stream().filter(e -> e.hexcode().equals(hex)).findFirst().map(this::name).orElse(hex);
        }
        return packs.all().stream().filter(p -> p.reference().equals(reference)).findFirst().map(Pictogram::name).orElse("");
    }

    private Pictogram openMoji(String hexcode) {
        return new Pictogram("openmoji:" + hexcode, nameOf("openmoji:" + hexcode), "OpenMoji", false);
    }

    private String name(OpenMojiIndex.Entry entry) {
        return entry.dutchName() != null ? entry.dutchName() : entry.englishName();
    }

    private static boolean matches(String text, String[] words) {
        Set<String> tokens = new HashSet<>(List.of(text.split(" ")));
        for (String word : words) {
            if (tokens.stream().noneMatch(t -> t.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    /** A whole-name match before a word match; short names before long ones. */
    private static int rank(OpenMojiIndex.Entry entry, String wanted) {
        String dutch = entry.dutchName() == null ? "" : OpenMojiIndex.normalize(entry.dutchName());
        String english = OpenMojiIndex.normalize(entry.englishName());
        int exact = dutch.equals(wanted) || english.equals(wanted) ? 0 : dutch.startsWith(wanted) || english.startsWith(wanted) ? 1 : 2;
        return exact * 1000 + Math.min(999, entry.words().length());
    }

    private OpenMojiIndex index() {
        OpenMojiIndex loaded = index;
        if (loaded == null) {
            synchronized (this) {
                if (index == null) {
                    index = OpenMojiIndex.load();
                }
                loaded = index;
            }
        }
        return loaded;
    }
}
