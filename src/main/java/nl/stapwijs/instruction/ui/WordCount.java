package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.textfield.TextField;
import nl.stapwijs.instruction.InstructionService;

/** The count under a step sentence while typing: fine up to 10 words, a warning above, refused above 12. */
final class WordCount {

    static final int WARN_ABOVE = 10;

    private WordCount() {
    }

    static void show(TextField field) {
        int words = InstructionService.words(field.getValue());
        field.removeClassName("words-warn");
        if (words > InstructionService.MAX_WORDS) {
            field.setInvalid(true);
            field.setErrorMessage(field.getTranslation("instructions.words.tooMany", words, InstructionService.MAX_WORDS));
            field.setHelperText(null);
        } else {
            field.setInvalid(false);
            field.setHelperText(field.getTranslation(words > WARN_ABOVE ? "instructions.words.warn" : "instructions.words.count",
                    words, WARN_ABOVE));
            if (words > WARN_ABOVE) {
                field.addClassName("words-warn");
            }
        }
    }
}
