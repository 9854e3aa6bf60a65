package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.instruction.pictogram.Pack;
import nl.stapwijs.instruction.pictogram.PictogramPacks;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;

/** Admins import pictogram packs (a zip of SVG/PNG with a licence file); NonCommercial packs are marked. */
@Route("admin/pictograms")
@PageTitle("Pictogrammen — Stapwijs")
@RolesAllowed(Role.ADMIN_NAME)
public class PacksView extends Div {

    final TextField name = new TextField();
    final TextField licence = new TextField();
    final Checkbox nonCommercial = new Checkbox();
    final Grid<Pack> grid = new Grid<>(Pack.class, false);
    private final PictogramPacks packs;
    private final Viewer viewer;

    public PacksView(PictogramPacks packs, CurrentViewer current) {
        this.packs = packs;
        this.viewer = current.require();
        addClassName("admin-page");
        name.setLabel(getTranslation("packs.name"));
        licence.setLabel(getTranslation("packs.licence"));
        licence.setPlaceholder("CC BY-SA 4.0");
        nonCommercial.setLabel(getTranslation("packs.nc"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received(bytes)))));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("packs.upload")));
        grid.addColumn(Pack::name).setHeader(getTranslation("packs.name"));
        grid.addColumn(Pack::licence).setHeader(getTranslation("packs.licence"));
        grid.addColumn(p -> p.nonCommercial() ? getTranslation("packs.nc.yes") : "").setHeader(getTranslation("packs.nc.column"));
        grid.addColumn(Pack::pictograms).setHeader(getTranslation("packs.count"));
        grid.setAllRowsVisible(true);
        grid.setItems(packs.packs());
        Div form = new Div(name, licence, nonCommercial, upload);
        form.addClassName("pack-form");
        add(new H2(getTranslation("staff.nav.pictograms")), new Paragraph(getTranslation("packs.intro")), form, grid);
    }

    void received(byte[] zip) {
        try {
            Pack pack = packs.importPack(viewer, name.getValue(), licence.getValue(), nonCommercial.getValue(), zip);
            grid.setItems(packs.packs());
            Notification.show(getTranslation(pack.nonCommercial() ? "packs.imported.nc" : "packs.imported", pack.pictograms()));
        } catch (MediaRefused refused) {
            Refusals.show(this, refused);
        }
    }
}
