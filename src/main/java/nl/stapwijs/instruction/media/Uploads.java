package nl.stapwijs.instruction.media;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one way media enter Stapwijs from an author: checked by their content (never by the
 * name or the browser's MIME type), within size limits, and stored content-addressed. Each
 * method returns the {@code media:} reference to keep in a row.
 */
@Component
public class Uploads {

    public static final int MAX_PHOTO_MB = 15;
    public static final int MAX_VIDEO_MB = 40;
    public static final int MAX_RECORDING_MB = 5;
    /** Used by the editor's upload fields, so a browser refuses an oversized file before sending it. */
    public static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    public static final Set<String> VIDEO_TYPES = Set.of("video/mp4", "video/webm");

    private final MediaStore store;

    public Uploads(MediaStore store) {
        this.store = store;
    }

    /** A photo for a step: JPEG, PNG or WebP; resized for the kiosk and stripped of EXIF. */
    public String photo(byte[] upload) {
        limit(upload, MAX_PHOTO_MB, "media.photo.tooLarge");
        Sniff type = Sniff.of(upload);
        if (type != Sniff.JPEG && type != Sniff.PNG && type != Sniff.WEBP) {
            throw new MediaRefused("media.photo.wrongType");
        }
        return store.put(Photos.forKiosk(upload, type), "jpg");
    }

    /** A short video for a step: MP4 or WebM, kept as it is (browsers play both). */
    public String video(byte[] upload) {
        limit(upload, MAX_VIDEO_MB, "media.video.tooLarge");
        Sniff type = Sniff.of(upload);
        if (type != Sniff.MP4 && type != Sniff.WEBM) {
            throw new MediaRefused("media.video.wrongType");
        }
        return store.put(upload, type.extension);
    }

    /** A recorded voice, from the editor's microphone (WebM/Ogg Opus) or a file (WAV, MP3, M4A, Ogg). */
    public String recording(byte[] upload) {
        limit(upload, MAX_RECORDING_MB, "media.recording.tooLarge");
        Sniff type = Sniff.of(upload);
        if (!Set.of(Sniff.WEBM, Sniff.OGG, Sniff.WAV, Sniff.MP3, Sniff.M4A).contains(type)) {
            throw new MediaRefused("media.recording.wrongType");
        }
        return store.put(upload, type.extension);
    }

    private static void limit(byte[] upload, int megabytes, String key) {
        if (upload.length == 0) {
            throw new MediaRefused("media.empty");
        }
        if (upload.length > megabytes * 1024L * 1024L) {
            throw new MediaRefused(key, megabytes);
        }
    }
}
