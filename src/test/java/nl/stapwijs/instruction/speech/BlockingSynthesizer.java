package nl.stapwijs.instruction.speech;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** An engine that speaks until it is interrupted, as espeak-ng's process wait is at a shut-down. */
public class BlockingSynthesizer implements Synthesizer {

    /** Counted down once the engine is speaking. */
    public final CountDownLatch speaking = new CountDownLatch(1);

    @Override public String engine() { return "blocking"; }
    @Override public String version() { return "1"; }
    @Override public Optional<String> voiceFor(String language) { return Optional.of("v"); }
    @Override public void wav(String text, String voice, Path out) {
        speaking.countDown();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running blocking", e);
        }
    }
}
