package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.instruction.AudioRow;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.NewStep;
import nl.stapwijs.instruction.VersionRow;

/** The published versions, newest first, and which steps of each lack audio in which language. */
final class VersionsPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    VersionsPanel(List<VersionRow> versions, InstructionService instructions, boolean rendering) {
        addClassName("versions-panel");
        add(new H3(getTranslation("instructions.versions")));
        if (rendering) {
            add(new Paragraph(getTranslation("instructions.audio.rendering")));
        }
        Grid<VersionRow> grid = new Grid<>(VersionRow.class, false);
        grid.addColumn(VersionRow::version).setHeader(getTranslation("instructions.version")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("instructions.status." + v.status())).setHeader(getTranslation("instructions.status"));
        grid.addColumn(v -> v.publishedAt() == null ? "" : WHEN.format(Instant.ofEpochMilli(v.publishedAt())))
                .setHeader(getTranslation("instructions.publishedAt"));
        grid.addColumn(v -> v.publishedBy() == null ? "" : v.publishedBy()).setHeader(getTranslation("instructions.publishedBy"));
        grid.addColumn(v -> missingAudio(instructions, v)).setHeader(getTranslation("instructions.audio")).setFlexGrow(3);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** "stap 2: ar, uk" for steps with a sentence but no audio; fallback languages are not counted (they use Dutch). */
    private String missingAudio(InstructionService instructions, VersionRow version) {
        List<NewStep> steps = instructions.stepsOf(version.id());
        List<Long> ids = instructions.stepIdsOf(version.id());
        Map<Long, Map<String, AudioRow>> audio = instructions.audioOf(version.id());
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Map<String, AudioRow> made = audio.getOrDefault(ids.get(i), Map.of());
            List<String> languages = steps.get(i).texts().keySet().stream().filter(l -> !made.containsKey(l))
                    .sorted(java.util.Comparator.comparingInt(Languages::order)).toList();
            if (!languages.isEmpty()) {
                missing.add(getTranslation("instructions.step", i + 1) + ": " + String.join(", ", languages));
            }
        }
        return missing.isEmpty() ? getTranslation("instructions.audio.complete") : String.join("; ", missing);
    }
}
