package nl.stapwijs.instruction.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves instruction media as static files: photos, videos, pack pictograms and read-aloud
 * audio. A name is the hash of what it holds, so it can be cached for a year; a kiosk asks
 * once. Ranges are answered (video seeking). Nothing here is personal: worker photos are not media.
 */
@RestController
class MediaController {

    private static final Map<String, MediaType> TYPES = Map.ofEntries(
            Map.entry("jpg", MediaType.IMAGE_JPEG), Map.entry("png", MediaType.IMAGE_PNG),
            Map.entry("webp", MediaType.parseMediaType("image/webp")), Map.entry("svg", MediaType.parseMediaType("image/svg+xml")),
            Map.entry("mp4", MediaType.parseMediaType("video/mp4")), Map.entry("webm", MediaType.parseMediaType("video/webm")),
            Map.entry("ogg", MediaType.parseMediaType("audio/ogg")), Map.entry("opus", MediaType.parseMediaType("audio/ogg")),
            Map.entry("wav", MediaType.parseMediaType("audio/wav")), Map.entry("mp3", MediaType.parseMediaType("audio/mpeg")),
            Map.entry("m4a", MediaType.parseMediaType("audio/mp4")));

    private final MediaStore store;

    MediaController(MediaStore store) {
        this.store = store;
    }

    @GetMapping("/media/{name}")
    ResponseEntity<Resource> media(@PathVariable String name) {
        Optional<Path> file = store.file(name).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .contentType(TYPES.get(extension))
                .header("X-Content-Type-Options", "nosniff")
                // An SVG from an imported pack is shown as a picture, never run as a page.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .body(new FileSystemResource(file.get()));
    }
}
