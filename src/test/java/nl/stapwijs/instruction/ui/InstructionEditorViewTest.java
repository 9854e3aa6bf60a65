package nl.stapwijs.instruction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.VersionRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor as a supervisor uses it: word limits, uploads, drafts, publishing and versions. */
class InstructionEditorViewTest extends KaribuTest {

    @Autowired
    InstructionService instructions;

    @Test
    void the_word_count_shows_while_typing_warns_above_ten_and_refuses_above_twelve() {
        InstructionEditorView editor = open("STEKKER");
        TextField dutch = sentence(editor, 0, "nl");

        dutch.setValue("Pak een kabel.");
        assertThat(dutch.getHelperText()).isEqualTo("3 woorden");
        assertThat(dutch.isInvalid()).isFalse();

        dutch.setValue("een twee drie vier vijf zes zeven acht negen tien elf");
        assertThat(dutch.getHelperText()).contains("11 woorden").contains("liever hoogstens 10");
        assertThat(dutch.hasClassName("words-warn")).isTrue();

        dutch.setValue("een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien");
        assertThat(dutch.isInvalid()).isTrue();
        assertThat(dutch.getErrorMessage()).contains("13 woorden");
        assertThat(editor.saveDraft()).as("a sentence over 12 words is refused").isFalse();
        assertThat(instructions.versions(editor.taskId)).noneMatch(VersionRow::isDraft);
    }

    @Test
    void an_upload_that_is_not_a_photo_is_refused_and_the_step_keeps_its_picture() {
        InstructionEditorView editor = open("STEKKER");
        StepCard card = editor.steps.cards.get(0);
        String before = card.pictureRef;

        card.photoReceived("%PDF-1.7 not a photo".getBytes());
        card.videoReceived(new byte[nl.stapwijs.instruction.media.Uploads.MAX_VIDEO_MB * 1024 * 1024 + 10]);

        assertThat(card.pictureRef).isEqualTo(before);
        assertThat(card.video).isNull();
        assertThat(_find(com.vaadin.flow.component.notification.Notification.class)).isNotEmpty();
    }

    @Test
    void a_draft_is_invisible_to_stations_until_published_and_publishing_makes_the_next_version() {
        InstructionEditorView editor = open("ZAKJES");
        long task = editor.taskId;
        int before = instructions.currentInstruction(task, "nl").orElseThrow().version();

        sentence(editor, 1, "nl").setValue("Doe alle schroeven in het zakje.");
        editor.steps.move(editor.steps.cards.get(2), -1);
        assertThat(editor.saveDraft()).isTrue();

        assertThat(instructions.currentInstruction(task, "nl").orElseThrow().version()).isEqualTo(before);
        assertThat(instructions.versions(task)).anyMatch(VersionRow::isDraft);

        _click(_get(Button.class, spec -> spec.withClasses("publish")));

        var published = instructions.currentInstruction(task, "nl").orElseThrow();
        assertThat(published.version()).isEqualTo(before + 1);
        assertThat(published.step(2).text()).isEqualTo("Sluit het zakje goed.");
        assertThat(published.step(3).text()).isEqualTo("Doe alle schroeven in het zakje.");
        assertThat(published.size()).isEqualTo(4);
        assertThat(instructions.versions(task)).noneMatch(VersionRow::isDraft)
                .filteredOn(v -> v.version() == before).extracting(VersionRow::status).containsExactly(VersionRow.RETIRED);
    }

    @Test
    void a_missing_translation_is_flagged_with_its_dutch_fallback() {
        InstructionEditorView editor = open("VOUWEN");
        TextField polish = sentence(editor, 0, "pl");

        polish.clear();

        SentenceRow row = editor.steps.cards.get(0).rows.stream().filter(r -> r.language.equals("pl")).findFirst().orElseThrow();
        assertThat(row.status.getText()).contains("Nederlands");
        assertThat(row.getElement().getAttribute("data-missing")).isEqualTo("true");
    }

    @Test
    void a_coach_may_read_but_not_change_instructions() {
        signIn("coach");
        long task = instructions.taskByCode("VOUWEN").orElseThrow().id();
        UI.getCurrent().navigate("instructions/" + task);

        assertThat(_find(Button.class, spec -> spec.withClasses("publish"))).isEmpty();
        assertThat(_find(StepCard.class)).hasSize(5);
    }

    @Test
    void the_pictogram_search_finds_dutch_and_english_words() {
        InstructionEditorView editor = open("VOUWEN");

        assertThat(editor.tools.pictograms().search("handschoen")).extracting(p -> p.reference()).contains("openmoji:1F9E4");
        assertThat(editor.tools.pictograms().search("gloves")).extracting(p -> p.reference()).contains("openmoji:1F9E4");
        assertThat(editor.tools.pictograms().search("kruiwagen")).extracting(p -> p.reference()).contains("openmoji:E344");
    }

    private InstructionEditorView open(String code) {
        signIn("begeleider");
        long task = instructions.taskByCode(code).orElseThrow().id();
        UI.getCurrent().navigate("instructions/" + task);
        return _get(InstructionEditorView.class);
    }

    private static TextField sentence(InstructionEditorView editor, int step, String language) {
        List<SentenceRow> rows = editor.steps.cards.get(step).rows;
        return rows.stream().filter(r -> r.language.equals(language)).findFirst().orElseThrow().text;
    }
}
