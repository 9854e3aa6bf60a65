package nl.stapwijs.instruction.speech;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.AudioRow;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.NewStep;
import nl.stapwijs.instruction.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the read-aloud audio of a published version, for every step and every language it
 * has a sentence in, on one background thread: publishing never waits for a voice, and a
 * kiosk or a scan never waits for anything but the files. At start-up it catches up on
 * versions without audio (the demo workshop, a restored database, a newly installed voice).
 */
@Component
public class AudioRenderer {

    private static final Logger log = LoggerFactory.getLogger(AudioRenderer.class);

    private final InstructionService instructions;
    private final SpeechChain chain;
    private final StapwijsProperties properties;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean stopping;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "speech");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    public AudioRenderer(InstructionService instructions, SpeechChain chain, StapwijsProperties properties) {
        this.instructions = instructions;
        this.chain = chain;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (properties.role().servesStaff()) {
            instructions.versionsMissingAudio().forEach(this::renderLater);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
        thread.shutdownNow();
    }

    /** Queues a version's audio; the future completes when its files and rows exist. */
    public Future<Integer> renderLater(long versionId) {
        waiting.incrementAndGet();
        return thread.submit(() -> {
            try {
                return render(versionId);
            } catch (RuntimeException e) {
                if (stopping) {
                    // Cut off by a shut-down: not a fault, and the catch-up at the next start makes it.
                    log.info("Audio for instruction version {} is left for the next start: the app is stopping", versionId);
                } else {
                    log.warn("Audio for instruction version {} not made: {}", versionId, e.getClass().getSimpleName());
                }
                throw e;
            } finally {
                waiting.decrementAndGet();
            }
        });
    }

    /** Versions whose audio is still being made, for the editor's "audio is being made" note. */
    public int waiting() {
        return waiting.get();
    }

    /** Renders (or finds in the cache) every line of a version now; returns how many lines have audio. */
    public int render(long versionId) {
        List<NewStep> steps = instructions.stepsOf(versionId);
        List<Long> ids = instructions.stepIdsOf(versionId);
        List<AudioRow> made = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (var entry : steps.get(i).texts().entrySet()) {
                Sentence sentence = entry.getValue();
                Optional<SpeechProvider.Speech> speech = chain.speak(
                        new SpeechProvider.Line(entry.getKey(), sentence.toSay(), sentence.recording()));
                if (speech.isPresent()) {
                    made.add(new AudioRow(ids.get(i), entry.getKey(), speech.get().file(),
                            speech.get().engine(), speech.get().voice()));
                }
            }
        }
        if (!made.isEmpty()) {
            instructions.putAudio(made);
        }
        return made.size();
    }
}
