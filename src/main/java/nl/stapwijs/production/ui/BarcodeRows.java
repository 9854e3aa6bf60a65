package nl.stapwijs.production.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.barcode.Symbology;
import nl.stapwijs.production.ProductBarcode;

/** A product's barcodes as rows of kind and code, with a row added or taken away by hand. */
final class BarcodeRows extends Div {

    /** One barcode being edited. */
    record Row(Select<Symbology> kind, TextField code, HorizontalLayout line) {
    }

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();

    BarcodeRows() {
        addClassName("barcode-rows");
        add.setText(getTranslation("staff.products.addBarcode"));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(click -> addRow(Symbology.CODE_128, ""));
        add(add);
    }

    void show(List<ProductBarcode> barcodes) {
        rows.forEach(row -> remove(row.line()));
        rows.clear();
        barcodes.forEach(b -> addRow(Symbology.valueOf(b.symbology()), b.code()));
    }

    Row addRow(Symbology symbology, String text) {
        Select<Symbology> kind = new Select<>();
        kind.setItems(Symbology.values());
        kind.setItemLabelGenerator(s -> getTranslation("staff.products.symbology." + s.name()));
        kind.setValue(symbology);
        kind.setAriaLabel(getTranslation("staff.products.symbology"));
        TextField code = new TextField();
        code.setValue(text);
        code.setPlaceholder(getTranslation("staff.products.code"));
        code.setAriaLabel(getTranslation("staff.products.code"));
        code.setWidth("16em");
        HorizontalLayout line = new HorizontalLayout(kind, code);
        Row row = new Row(kind, code, line);
        Button drop = new Button(getTranslation("staff.products.removeBarcode"), click -> {
            rows.remove(row);
            remove(line);
        });
        drop.addThemeVariants(ButtonVariant.TERTIARY);
        line.add(drop);
        rows.add(row);
        addComponentAtIndex(rows.size() - 1, line);
        return row;
    }

    List<ProductBarcode> value() {
        return rows.stream().filter(r -> !r.code().getValue().isBlank())
                .map(r -> new ProductBarcode(r.code().getValue().strip(), 0, r.kind().getValue().name())).toList();
    }
}
