package nl.stapwijs.instruction.speech;

import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.media.MediaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the speech chain from what is installed: recorded voice, neural voice if configured, espeak-ng if present. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpeechProperties.class)
class SpeechConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SpeechConfiguration.class);

    @Bean
    SpeechChain speechChain(SpeechProperties speech, MediaStore store, StapwijsProperties properties) {
        AudioEncoder encoder = AudioEncoder.installed();
        java.nio.file.Path work = properties.dataDir().resolve("speech-work");
        List<SpeechProvider> providers = new ArrayList<>();
        providers.add(new RecordedVoice(store));
        if (speech.neural().configured()) {
            String name = speech.neural().name() == null ? "neural" : speech.neural().name();
            providers.add(new SynthesizedVoice(new CommandSynthesizer(name, speech.neural().command(),
                    speech.neural().voices()), encoder, store, work));
        }
        Espeak.installed(speech.espeak()).ifPresentOrElse(
                espeak -> providers.add(new SynthesizedVoice(espeak, encoder, store, work)),
                () -> log.warn("espeak-ng is not installed (apt-get install espeak-ng): steps without a recorded voice stay silent"));
        SpeechChain chain = new SpeechChain(providers);
        log.info("Read-aloud audio: {}; compressed with {}", chain.engines(), encoder.name());
        return chain;
    }
}
