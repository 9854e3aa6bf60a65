package nl.stapwijs.instruction.speech;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * espeak-ng (Debian package {@code espeak-ng}) as a process: robotic but always there, about
 * 10-30 ms per sentence, with voices for nl, en, ar, tr, pl, uk and am.
 */
public class Espeak implements Synthesizer {

    /** Words per minute; espeak-ng's own default (175) is quick for people learning the language. */
    static final int RATE = 150;

    private final Path binary;
    /** Version and voices, asked of espeak-ng on first use: two process starts kept out of start-up. */
    private About about;

    private record About(String version, Set<String> languages) {
    }

    private Espeak(Path binary) {
        this.binary = binary;
    }

    /** The installed espeak-ng, if any (found on the PATH; it is not started until it is needed). */
    public static Optional<Espeak> installed(String tool) {
        return Processes.find(tool).map(Espeak::new);
    }

    private synchronized About about() {
        if (about == null) {
            about = ask(binary);
        }
        return about;
    }

    private static About ask(Path binary) {
        String text = Processes.run(List.of(binary.toString(), "--version"), null);
        String version = text.replaceAll("(?s).*text-to-speech:\\s*(\\S+).*", "$1").strip();
        Set<String> languages = new HashSet<>();
        for (String line : Processes.run(List.of(binary.toString(), "--voices"), null).split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 1 && !columns[0].equals("Pty")) {
                languages.add(columns[1].toLowerCase(Locale.ROOT));
            }
        }
        return new About(version, Set.copyOf(languages));
    }

    @Override
    public String engine() {
        return "espeak-ng";
    }

    @Override
    public String version() {
        return about().version();
    }

    @Override
    public Optional<String> voiceFor(String language) {
        String code = language.toLowerCase(Locale.ROOT);
        Set<String> languages = about().languages();
        return languages.contains(code) || languages.stream().anyMatch(l -> l.startsWith(code + "-"))
                ? Optional.of(code) : Optional.empty();
    }

    @Override
    public void wav(String text, String voice, Path out) {
        // The text goes in on standard input, so a sentence starting with "-" is never read as an option.
        Processes.run(List.of(binary.toString(), "-v", voice, "-s", String.valueOf(RATE), "-w", out.toString(), "--stdin"),
                text);
    }
}
