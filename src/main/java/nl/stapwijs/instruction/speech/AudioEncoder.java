package nl.stapwijs.instruction.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Compresses a WAV file to Ogg with the first encoder installed: opusenc (Debian opus-tools),
 * oggenc (vorbis-tools) or ffmpeg. A sentence of espeak-ng WAV (about 90 KB) becomes a few KB.
 * Without any of them the WAV is kept; Chromium plays both.
 */
public class AudioEncoder {

    private final Optional<List<String>> command;

    private AudioEncoder(Optional<List<String>> command) {
        this.command = command;
    }

    /** The first encoder found on this machine, or none. */
    public static AudioEncoder installed() {
        Optional<Path> opus = Processes.find("opusenc");
        if (opus.isPresent()) {
            return new AudioEncoder(Optional.of(List.of(opus.get().toString(), "--quiet", "--bitrate", "32", "{in}", "{out}")));
        }
        Optional<Path> vorbis = Processes.find("oggenc");
        if (vorbis.isPresent()) {
            return new AudioEncoder(Optional.of(List.of(vorbis.get().toString(), "-Q", "-q", "3", "-o", "{out}", "{in}")));
        }
        Optional<Path> ffmpeg = Processes.find("ffmpeg");
        return new AudioEncoder(ffmpeg.map(f -> List.of(f.toString(), "-loglevel", "error", "-y", "-i", "{in}",
                "-c:a", "libopus", "-b:a", "32k", "{out}")));
    }

    /** Keeps WAV: for a machine without encoders, and for tests that compare raw audio. */
    public static AudioEncoder none() {
        return new AudioEncoder(Optional.empty());
    }

    public String name() {
        return command.map(c -> Path.of(c.get(0)).getFileName().toString()).orElse("none (WAV)");
    }

    public Optional<byte[]> ogg(Path wav) {
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Path out = wav.resolveSibling(wav.getFileName() + ".ogg");
        try {
            Processes.run(command.get().stream()
                    .map(part -> part.replace("{in}", wav.toString()).replace("{out}", out.toString())).toList(), null);
            return Optional.of(Files.readAllBytes(out));
        } catch (IOException e) {
            throw new UncheckedIOException("The encoder wrote no file", e);
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException ignored) {
                // a leftover temporary file in the work folder harms nothing
            }
        }
    }
}
