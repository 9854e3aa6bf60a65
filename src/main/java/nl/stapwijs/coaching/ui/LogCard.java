package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.stapwijs.coaching.Attachment;
import nl.stapwijs.coaching.LogEntry;
import nl.stapwijs.coaching.NewLogEntry;
import nl.stapwijs.coaching.PhotoStore;
import nl.stapwijs.coaching.Tag;
import nl.stapwijs.coaching.Visibility;

/** Dated notes with tags, photos and who may read them; the editor says what does not belong here. */
final class LogCard extends Div {

    LogCard(List<LogEntry> entries, List<Visibility> mayWrite, LocalDate today, Function<Attachment, Image> photo,
            Consumer<NewLogEntry> onAdd) {
        addClassNames("coaching-card", "coaching-log");
        add(new H3(getTranslation("coaching.log.title")));
        if (!mayWrite.isEmpty()) {
            add(form(mayWrite, today, onAdd));
        }
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("coaching.log.none")));
        }
        for (LogEntry entry : entries) {
            Div row = new Div();
            row.addClassName("coaching-entry");
            row.getElement().setAttribute("data-visibility", entry.visibility().name());
            Span meta = new Span(CoachingTexts.day(entry.writtenOn()) + " · " + entry.author() + " · "
                    + getTranslation("coaching.visibility." + entry.visibility().name()));
            meta.addClassName("coaching-muted");
            Div tags = new Div();
            tags.addClassName("coaching-tags");
            entry.tags().forEach(tag -> tags.add(new Span(getTranslation("coaching.tag." + tag.name()))));
            Paragraph text = new Paragraph(entry.text());
            text.addClassName("coaching-entry-text");
            row.add(meta, tags, text);
            if (entry.workerText() != null) {
                Paragraph easy = new Paragraph(getTranslation("coaching.log.forWorker") + ": " + entry.workerText());
                easy.addClassName("coaching-entry-easy");
                row.add(easy);
            }
            entry.attachments().forEach(a -> row.add(photo.apply(a)));
            add(row);
        }
    }

    private Div form(List<Visibility> mayWrite, LocalDate today, Consumer<NewLogEntry> onAdd) {
        DatePicker day = new DatePicker(getTranslation("coaching.log.date"), today);
        TextArea text = new TextArea(getTranslation("coaching.log.text"));
        text.setHelperText(getTranslation("coaching.log.noHealth"));
        text.setWidthFull();
        text.addClassName("coaching-note-text");
        CheckboxGroup<Tag> tags = new CheckboxGroup<>(getTranslation("coaching.log.tags"));
        tags.setItems(Tag.values());
        tags.setItemLabelGenerator(tag -> getTranslation("coaching.tag." + tag.name()));
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("coaching.log.visibility"));
        visibility.setItems(mayWrite);
        visibility.setItemLabelGenerator(v -> getTranslation("coaching.visibility." + v.name()));
        visibility.setValue(mayWrite.get(0));
        TextArea forWorker = new TextArea(getTranslation("coaching.log.forWorker"));
        forWorker.setHelperText(getTranslation("coaching.log.forWorkerHint"));
        forWorker.setWidthFull();
        forWorker.setVisible(false);
        visibility.addValueChangeListener(change -> forWorker.setVisible(change.getValue() == Visibility.WORKER));
        List<byte[]> photos = Collections.synchronizedList(new ArrayList<>());
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> photos.add(bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(PhotoStore.MAX_UPLOAD_BYTES);
        upload.setMaxFiles(3);
        upload.setDropLabel(new Span(getTranslation("coaching.log.photo")));
        upload.setUploadButton(new Button(getTranslation("coaching.log.photoButton")));
        Button add = new Button(getTranslation("coaching.log.add"), click -> {
            onAdd.accept(new NewLogEntry(day.getValue(), text.getValue(), forWorker.getValue(), visibility.getValue(),
                    tags.getValue(), List.copyOf(photos)));
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("coaching-add-note");
        Div form = new Div(day, text, tags, visibility, forWorker, upload, add);
        form.addClassName("coaching-form");
        return form;
    }

    static List<Visibility> all() {
        return Arrays.asList(Visibility.values());
    }
}
