package nl.stapwijs.production.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.instruction.media.Uploads;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductBarcode;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.production.Refused;
import nl.stapwijs.workforce.Role;

/**
 * Products and what one scan of each counts: a piece, a box of 20, a pallet, a square metre,
 * a tree, a bag; with their barcodes (EAN-13, Code 128, QR) and a picture for the station.
 */
@Route("products")
@PageTitle("Producten — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class ProductsView extends Div {

    /** The units a sheltered-work company counts in; any other word can be typed. */
    static final List<String> UNITS = List.of("stuks", "dozen", "pallets", "m²", "bomen", "zakken", "meter");

    final Grid<Product> grid = new Grid<>();
    final TextField name = new TextField();
    final IntegerField perScan = new IntegerField();
    final ComboBox<String> unit = new ComboBox<>();
    final Checkbox serialised = new Checkbox();
    final TextField picture = new TextField();
    final BarcodeRows barcodes = new BarcodeRows();
    final Button save = new Button();
    final Button fresh = new Button();
    private final Div preview = new Div();
    private final H3 editingTitle = new H3();
    private final ProductService products;
    private Long editing;

    public ProductsView(ProductService products, Uploads uploads) {
        this.products = products;
        addClassNames("admin-page", "products-page");
        grid.addComponentColumn(p -> Pictures.image(p.pictogram(), "", "products-picture")).setWidth("5em").setFlexGrow(0);
        grid.addColumn(Product::name).setHeader(getTranslation("staff.products.name")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("staff.sheet.perScan", p.perScan()))
                .setHeader(getTranslation("staff.products.perScan")).setAutoWidth(true);
        grid.addColumn(p -> products.barcodesOf(p.id()).stream().map(ProductBarcode::code).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("staff.products.barcodes")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> edit(click.getItem()));

        name.setLabel(getTranslation("staff.products.name"));
        perScan.setLabel(getTranslation("staff.products.perScanCount"));
        perScan.setMin(1);
        perScan.setStepButtonsVisible(true);
        unit.setLabel(getTranslation("staff.products.unit"));
        unit.setItems(UNITS);
        unit.setAllowCustomValue(true);
        unit.addCustomValueSetListener(typed -> unit.setValue(typed.getDetail()));
        serialised.setLabel(getTranslation("staff.products.serialised"));
        picture.setLabel(getTranslation("staff.products.picture"));
        picture.setHelperText(getTranslation("staff.products.pictureHelp"));
        picture.addValueChangeListener(change -> showPreview());
        Upload photo = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                picture.setValue(uploads.photo(bytes));
            } catch (MediaRefused refused) {
                Notification.show(getTranslation(refused.key(), refused.values()));
            }
        }))));
        photo.setMaxFiles(1);
        photo.setAcceptedFileTypes(Uploads.PHOTO_TYPES.toArray(String[]::new));
        photo.setUploadButton(new Button(getTranslation("staff.products.upload")));
        preview.addClassName("products-preview");
        FormLayout form = new FormLayout(name, perScan, unit, serialised, picture, photo);
        save.setText(getTranslation("staff.products.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        fresh.setText(getTranslation("staff.products.new"));
        fresh.addClickListener(click -> edit(null));
        add(new H2(getTranslation("staff.nav.productsEdit")), new Paragraph(getTranslation("staff.products.intro")), grid,
                editingTitle, new HorizontalLayout(preview, form), new H3(getTranslation("staff.products.barcodes")),
                barcodes, new HorizontalLayout(save, fresh));
        grid.setItems(products.products());
        edit(null);
    }

    void edit(Product product) {
        editing = product == null ? null : product.id();
        editingTitle.setText(product == null ? getTranslation("staff.products.new") : product.name());
        name.setValue(product == null ? "" : product.name());
        perScan.setValue(product == null ? 1 : product.unitsPerScan());
        unit.setValue(product == null ? "stuks" : product.unit());
        serialised.setValue(product != null && product.serialised());
        picture.setValue(product == null ? "openmoji:1F4E6" : product.pictogram());
        barcodes.show(product == null ? List.of() : products.barcodesOf(product.id()));
        if (product == null) {
            barcodes.addRow(nl.stapwijs.barcode.Symbology.EAN_13, "");
        }
    }

    private void showPreview() {
        preview.removeAll();
        if (!picture.getValue().isBlank()) {
            preview.add(Pictures.image(picture.getValue().strip(), "", "products-preview-image"));
        }
    }

    private void save() {
        try {
            long id = products.save(editing, name.getValue(), picture.getValue(),
                    perScan.getValue() == null ? 0 : perScan.getValue(), unit.getValue(), serialised.getValue(),
                    barcodes.value());
            Notification.show(getTranslation("staff.products.saved", name.getValue().strip()));
            grid.setItems(products.products());
            edit(products.product(id).orElseThrow());
        } catch (Refused refused) {
            Notification.show(getTranslation(refused.key(), refused.arguments()));
        }
    }
}
