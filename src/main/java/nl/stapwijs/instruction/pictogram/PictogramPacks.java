package nl.stapwijs.instruction.pictogram;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.instruction.media.MediaContent;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.instruction.media.MediaStore;
import nl.stapwijs.instruction.media.SafeZip;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import org.springframework.stereotype.Service;

/**
 * Pictogram packs an admin imports: a zip of SVG and PNG files with a licence file (LICENSE,
 * LICENCE, COPYING or licentie, as .txt or .md). A licence that forbids commercial use
 * (ARASAAC, Sclera: CC BY-NC) marks the pack, and the editor shows that mark on its pictograms.
 */
@Service
public class PictogramPacks {

    private static final Pattern LICENCE_FILE = Pattern.compile("(?i)(.*/)?(licen[cs]e|copying|licentie)(\\.(txt|md))?");
    private static final Pattern NON_COMMERCIAL = Pattern.compile("(?i)(\\bNC\\b|non-?commercial|niet-?commercieel|arasaac|sclera)");
    private static final int MAX_PICTOGRAM_BYTES = 2 * 1024 * 1024;

    private final Database database;
    private final MediaStore store;
    private final Clock clock;

    public PictogramPacks(Database database, MediaStore store, Clock clock) {
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    public List<Pack> packs() {
        return repository().packs();
    }

    /** Every pack pictogram, named by its file name ("schroef_aandraaien.svg" → "schroef aandraaien"). */
    public List<Pictogram> all() {
        Map<Long, Pack> packs = packs().stream().collect(Collectors.toMap(Pack::id, p -> p));
        return repository().files().stream().map(f -> new Pictogram(f.file(), f.name(), packs.get(f.packId()).name(),
                packs.get(f.packId()).nonCommercial())).toList();
    }

    /**
     * Imports a pack. The licence file is required; a NonCommercial licence (detected in its text,
     * or said so by the admin) is recorded on the pack.
     */
    public Pack importPack(Viewer viewer, String name, String licence, boolean nonCommercial, byte[] zip) {
        if (!viewer.is(Role.ADMIN)) {
            throw new SecurityException("Only an admin imports pictogram packs");
        }
        String packName = name == null ? "" : name.strip();
        if (packName.isEmpty() || repository().named(packName) > 0) {
            throw new MediaRefused("pack.name.taken");
        }
        Map<String, byte[]> files = SafeZip.read(zip);
        String licenceText = files.entrySet().stream().filter(e -> LICENCE_FILE.matcher(e.getKey()).matches())
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst()
                .orElseThrow(() -> new MediaRefused("pack.licence.missing"));
        boolean nc = nonCommercial || NON_COMMERCIAL.matcher(licenceText).find() || NON_COMMERCIAL.matcher(licence == null ? "" : licence).find();
        Map<String, String> stored = new java.util.LinkedHashMap<>();
        files.forEach((path, content) -> {
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".svg") || lower.endsWith(".png")) {
                stored.put(pictogramName(path), store(path, content));
            }
        });
        if (stored.isEmpty()) {
            throw new MediaRefused("pack.empty");
        }
        long id = database.write(h -> {
            PackRepository repository = h.attach(PackRepository.class);
            long packId = repository.insertPack(packName, licence == null || licence.isBlank() ? "?" : licence.strip(),
                    licenceText, nc, viewer.username(), clock.millis());
            stored.forEach((pictogram, file) -> repository.insertFile(packId, file, pictogram));
            return packId;
        });
        return packs().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private String store(String path, byte[] content) {
        if (content.length > MAX_PICTOGRAM_BYTES) {
            throw new MediaRefused("pack.file.tooLarge", path, MAX_PICTOGRAM_BYTES / (1024 * 1024));
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".png")) {
            if (content.length < 8 || (content[0] & 0xFF) != 0x89 || content[1] != 'P') {
                throw new MediaRefused("pack.file.wrongType", path);
            }
            return store.put(content, "png");
        }
        if (!MediaContent.isSvg(content)) {
            throw new MediaRefused("pack.file.wrongType", path);
        }
        if (MediaContent.hasScript(content)) {
            throw new MediaRefused("pack.file.script", path);
        }
        return store.put(content, "svg");
    }

    static String pictogramName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        String bare = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        return bare.replaceAll("[_\\-]+", " ").strip();
    }

    private PackRepository repository() {
        return database.onReader(PackRepository.class);
    }
}
