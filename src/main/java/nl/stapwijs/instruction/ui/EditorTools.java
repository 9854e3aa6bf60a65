package nl.stapwijs.instruction.ui;

import java.util.function.Consumer;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.instruction.media.Uploads;
import nl.stapwijs.instruction.pictogram.PictogramCatalogue;
import nl.stapwijs.instruction.speech.SpeechChain;
import nl.stapwijs.instruction.speech.SpeechProvider;

/** What every step card needs from the editor: uploads, the pictogram picker and the speech chain's verdict. */
record EditorTools(Uploads uploads, PictogramCatalogue pictograms, SpeechChain speech) {

    void pick(Consumer<String> chosen) {
        new PictogramPicker(pictograms, chosen).open();
    }

    /** Which voice will read this sentence, or that it falls back to Dutch, or that no voice can. */
    String audioStatus(SentenceRow row) {
        if (row.missing()) {
            return row.text.getTranslation(row.language.equals(Languages.SOURCE)
                    ? "instructions.audio.noText" : "instructions.audio.fallback");
        }
        return speech.engineFor(new SpeechProvider.Line(row.language, row.sentence().toSay(), row.recording))
                .map(engine -> row.text.getTranslation("instructions.audio.by", engine))
                .orElse(row.text.getTranslation("instructions.audio.none"));
    }
}
