package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.AuthoringService;
import nl.stapwijs.instruction.InstructionArchive;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.instruction.VersionRow;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Site;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;

/** Every task with its published version and whether a draft waits; authors start a task or import one here. */
@Route("instructions")
@PageTitle("Instructies — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.COACH_NAME})
public class InstructionsView extends Div {

    final Grid<Task> grid = new Grid<>(Task.class, false);

    public InstructionsView(AuthoringService authoring, InstructionService instructions, InstructionArchive archive,
            WorkforceService workforce, CurrentViewer current) {
        addClassName("admin-page");
        Viewer viewer = current.require();
        Map<Long, String> sites = workforce.sites().stream().collect(Collectors.toMap(Site::id, Site::name));
        grid.addComponentColumn(t -> Pictures.image(t.pictogram(), "", "floor-avatar")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> instructions.task(t.id(), "nl").map(l -> l.name()).orElse(t.code()))
                .setHeader(getTranslation("instructions.task.name"));
        grid.addColumn(Task::code).setHeader(getTranslation("instructions.task.code"));
        grid.addColumn(t -> sites.get(t.siteId())).setHeader(getTranslation("instructions.task.site"));
        grid.addColumn(t -> status(instructions, t)).setHeader(getTranslation("instructions.version"));
        grid.setItems(authoring.tasks(viewer));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(new H2(getTranslation("staff.nav.instructions")), new Paragraph(getTranslation("instructions.intro")));
        if (!authoring.authorSites(viewer).isEmpty()) {
            Button create = new Button(getTranslation("instructions.task.new"), e -> getUI().ifPresent(ui -> ui.navigate("instructions/new")));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("new-task");
            add(create, importer(authoring, archive, workforce, viewer));
        }
        add(grid);
    }

    private Div importer(AuthoringService authoring, InstructionArchive archive, WorkforceService workforce, Viewer viewer) {
        Select<Site> site = new Select<>();
        site.setLabel(getTranslation("instructions.import.site"));
        site.setItems(workforce.sites().stream().filter(s -> authoring.authorSites(viewer).contains(s.id())).toList());
        site.setItemLabelGenerator(Site::name);
        site.getListDataView().getItems().findFirst().ifPresent(site::setValue);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                open(archive.importInstruction(viewer, site.getValue().id(), bytes));
            } catch (MediaRefused refused) {
                Refusals.show(this, refused);
            } catch (IllegalArgumentException wrong) {
                Refusals.show(wrong.getMessage());
            }
        }))));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("instructions.import")));
        Div importer = new Div(site, upload);
        importer.addClassName("instruction-import");
        return importer;
    }

    private String status(InstructionService instructions, Task task) {
        var versions = instructions.versions(task.id());
        String published = versions.stream().filter(v -> VersionRow.PUBLISHED.equals(v.status())).findFirst()
                .map(v -> getTranslation("instructions.version.n", v.version())).orElse(getTranslation("instructions.version.none"));
        return versions.stream().anyMatch(VersionRow::isDraft) ? published + " · " + getTranslation("instructions.draft.waiting") : published;
    }

    private void open(long taskId) {
        getUI().ifPresent(ui -> ui.navigate(InstructionEditorView.class, new RouteParameters("task", String.valueOf(taskId))));
    }
}
