package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Base64;
import java.util.function.Function;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.Sentence;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.instruction.media.Uploads;

/**
 * One language of a step: the sentence with its word count, an optional spoken-text override,
 * and a recorded voice (from the browser's microphone or a file). A missing translation is
 * flagged: the station shows the Dutch sentence and reads it in Dutch.
 */
final class SentenceRow extends Div {

    final String language;
    final TextField text = new TextField();
    final TextField spoken = new TextField();
    final Span status = new Span();
    private final Uploads uploads;
    private final Function<SentenceRow, String> audioOf;
    private final Div recordingBox = new Div();
    String recording;

    SentenceRow(Languages.Language language, Sentence sentence, Uploads uploads, Function<SentenceRow, String> audioOf) {
        this.language = language.code();
        this.uploads = uploads;
        this.audioOf = audioOf;
        addClassName("sentence-row");
        getElement().setAttribute("data-language", language.code());
        Span name = new Span(language.ownName());
        name.addClassName("sentence-language");
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addClassName("sentence-text");
        text.setAriaLabel(getTranslation("instructions.sentence", language.ownName()));
        text.setPlaceholder(getTranslation(language.code().equals(Languages.SOURCE)
                ? "instructions.sentence.placeholder" : "instructions.sentence.fallback"));
        if (language.rightToLeft()) {
            text.getElement().setAttribute("dir", "rtl");
            spoken.getElement().setAttribute("dir", "rtl");
        }
        spoken.addClassName("sentence-spoken");
        spoken.setPlaceholder(getTranslation("instructions.spoken"));
        spoken.setAriaLabel(getTranslation("instructions.spoken") + " " + language.ownName());
        spoken.setValueChangeMode(ValueChangeMode.LAZY);
        if (sentence != null) {
            text.setValue(sentence.text() == null ? "" : sentence.text());
            spoken.setValue(sentence.spoken() == null ? "" : sentence.spoken());
            recording = sentence.recording();
        }
        text.addValueChangeListener(e -> refresh());
        spoken.addValueChangeListener(e -> refresh());
        Button record = new Button(getTranslation("instructions.record"));
        record.addClassName("record-button");
        record.addClickListener(e -> record.getElement().executeJs("window.stapwijsEditor.record(this, $0)", getElement()));
        Upload file = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> recordingReceived(bytes)))));
        file.setMaxFiles(1);
        file.setMaxFileSize(Uploads.MAX_RECORDING_MB * 1024 * 1024);
        file.setAcceptedFileTypes("audio/*", ".webm", ".ogg", ".opus", ".wav", ".mp3", ".m4a");
        file.setUploadButton(new Button(getTranslation("instructions.recording.file")));
        file.setDropAllowed(false);
        file.addClassName("recording-upload");
        status.addClassName("sentence-status");
        add(name, text, spoken, record, file, recordingBox, status);
        WordCount.show(text);
        refresh();
    }

    /** The browser's microphone recording, as base64 from editor.js. */
    @ClientCallable
    void recorded(String base64) {
        recordingReceived(Base64.getDecoder().decode(base64));
    }

    void recordingReceived(byte[] bytes) {
        try {
            recording = uploads.recording(bytes);
            refresh();
        } catch (MediaRefused refused) {
            Refusals.show(this, refused);
        }
    }

    Sentence sentence() {
        return new Sentence(text.getValue().strip(), spoken.getValue().strip(), recording);
    }

    boolean missing() {
        return text.getValue().isBlank();
    }

    void refresh() {
        WordCount.show(text);
        recordingBox.removeAll();
        if (recording != null) {
            com.vaadin.flow.dom.Element player = new com.vaadin.flow.dom.Element("audio");
            player.setAttribute("src", Pictures.url(recording));
            player.setAttribute("controls", true);
            player.setAttribute("preload", "none");
            recordingBox.getElement().appendChild(player);
            recordingBox.add(new Button(getTranslation("instructions.recording.remove"), e -> {
                recording = null;
                refresh();
            }));
        }
        String audio = audioOf.apply(this);
        status.setText(audio);
        getElement().setAttribute("data-missing", String.valueOf(missing()));
        status.getElement().setAttribute("data-audio", audio);
    }
}
