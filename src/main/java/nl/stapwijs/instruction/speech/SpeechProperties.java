package nl.stapwijs.instruction.speech;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How read-aloud audio is made ({@code stapwijs.speech.*}).
 *
 * @param espeak  the espeak-ng program (a name on the PATH or a full path); empty turns it off
 * @param neural  an optional neural voice the operator installed
 */
@ConfigurationProperties("stapwijs.speech")
public record SpeechProperties(String espeak, Neural neural) {

    public SpeechProperties {
        espeak = espeak == null ? "espeak-ng" : espeak;
        neural = neural == null ? new Neural(null, null, Map.of()) : neural;
    }

    /**
     * @param name    shown in the editor, e.g. {@code piper}
     * @param command reads text on stdin and writes a WAV to {@code {out}}, with {@code {voice}} filled in,
     *                e.g. {@code piper --model /opt/voices/{voice}.onnx --output_file {out}}
     * @param voices  worker language → voice (model) name, e.g. {@code nl: nl_NL-mls-medium}
     */
    public record Neural(String name, String command, Map<String, String> voices) {
        public Neural {
            voices = voices == null ? Map.of() : Map.copyOf(voices);
        }

        boolean configured() {
            return command != null && !command.isBlank() && !voices.isEmpty();
        }
    }
}
