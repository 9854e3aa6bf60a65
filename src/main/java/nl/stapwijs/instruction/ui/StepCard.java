package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.NewStep;
import nl.stapwijs.instruction.Sentence;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.instruction.media.Uploads;

/**
 * One step in the editor: its photo or picture, an optional video, the action pictogram, the
 * protective equipment, and a sentence per language. Moved with up/down buttons or by dragging.
 */
final class StepCard extends Div {

    private final EditorTools tools;
    final List<SentenceRow> rows = new ArrayList<>();
    final Div picture = new Div();
    final Div pictograms = new Div();
    String pictureRef;
    String video;
    String pictogram;
    final List<String> safety = new ArrayList<>();

    StepCard(EditorTools tools, NewStep step, int position, int count, StepList list) {
        this.tools = tools;
        addClassName("step-card");
        pictureRef = step.picture() == null || step.picture().isBlank() ? null : step.picture();
        video = step.video();
        pictogram = step.pictogram();
        safety.addAll(step.safety());

        Div head = new Div();
        head.addClassName("step-card-head");
        H3 title = new H3(getTranslation("instructions.step", position));
        Button up = new Button("↑", e -> list.move(this, -1));
        up.setAriaLabel(getTranslation("instructions.step.up"));
        up.setEnabled(position > 1);
        Button down = new Button("↓", e -> list.move(this, 1));
        down.setAriaLabel(getTranslation("instructions.step.down"));
        down.setEnabled(position < count);
        Button remove = new Button(getTranslation("instructions.step.remove"), e -> list.remove(this));
        remove.addClassName("step-remove");
        up.addClassName("step-up");
        down.addClassName("step-down");
        head.add(title, up, down, remove);

        Div media = new Div();
        media.addClassName("step-card-media");
        Upload photo = upload(Uploads.PHOTO_TYPES, Uploads.MAX_PHOTO_MB, "instructions.photo.upload", this::photoReceived);
        Upload film = upload(Uploads.VIDEO_TYPES, Uploads.MAX_VIDEO_MB, "instructions.video.upload", this::videoReceived);
        Button asPicture = new Button(getTranslation("instructions.picture.pictogram"),
                e -> tools.pick(reference -> { pictureRef = reference; showMedia(); }));
        media.add(picture, photo, asPicture, film, pictograms);
        showMedia();

        Div sentences = new Div();
        sentences.addClassName("step-card-sentences");
        for (Languages.Language language : Languages.SHIPPED) {
            SentenceRow row = new SentenceRow(language, step.texts().get(language.code()), tools.uploads(),
                    tools::audioStatus);
            rows.add(row);
            sentences.add(row);
        }
        add(head, media, sentences);

        DragSource<StepCard> drag = DragSource.create(this);
        drag.setDragData(this);
        DropTarget<StepCard> drop = DropTarget.create(this);
        drop.addDropListener(e -> e.getDragData().filter(StepCard.class::isInstance)
                .ifPresent(source -> list.moveTo((StepCard) source, this)));
    }

    void photoReceived(byte[] bytes) {
        try {
            pictureRef = tools.uploads().photo(bytes);
            showMedia();
        } catch (MediaRefused refused) {
            Refusals.show(this, refused);
        }
    }

    void videoReceived(byte[] bytes) {
        try {
            video = tools.uploads().video(bytes);
            showMedia();
        } catch (MediaRefused refused) {
            Refusals.show(this, refused);
        }
    }

    NewStep toStep() {
        Map<String, Sentence> texts = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.missing()).forEach(r -> texts.put(r.language, r.sentence()));
        return new NewStep(pictureRef == null ? "" : pictureRef, video, pictogram, safety, texts);
    }

    boolean valid() {
        return rows.stream().noneMatch(r -> r.text.isInvalid());
    }

    private void showMedia() {
        picture.removeAll();
        picture.addClassName("step-card-picture");
        if (pictureRef != null) {
            picture.add(Pictures.image(pictureRef, getTranslation("instructions.photo"), "step-card-image"));
        } else {
            picture.add(new Span(getTranslation("instructions.photo.none")));
        }
        if (video != null) {
            picture.add(new Button(getTranslation("instructions.video.remove"), e -> { video = null; showMedia(); }));
        }
        pictograms.removeAll();
        pictograms.addClassName("step-card-pictograms");
        Button action = new Button(getTranslation("instructions.pictogram"), e -> tools.pick(reference -> {
            pictogram = reference;
            showMedia();
        }));
        if (pictogram != null) {
            action.setIcon(Pictures.image(pictogram, "", "step-card-icon"));
        }
        action.addClassName("pick-pictogram");
        pictograms.add(action);
        for (String item : safety) {
            Button chip = new Button(Pictures.image(item, "", "step-card-icon"), e -> { safety.remove(item); showMedia(); });
            chip.setAriaLabel(getTranslation("instructions.safety.remove"));
            chip.addClassName("safety-chip");
            pictograms.add(chip);
        }
        Button addSafety = new Button(getTranslation("instructions.safety.add"), e -> tools.pick(reference -> {
            safety.add(reference);
            showMedia();
        }));
        addSafety.addClassName("add-safety");
        pictograms.add(addSafety);
    }

    private Upload upload(java.util.Set<String> types, int megabytes, String label, java.util.function.Consumer<byte[]> received) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received.accept(bytes)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(megabytes * 1024 * 1024);
        upload.setAcceptedFileTypes(types.toArray(String[]::new));
        upload.setUploadButton(new Button(getTranslation(label)));
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> Refusals.show(getTranslation(label.replace(".upload", ".rejected"), megabytes)));
        return upload;
    }
}
