package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.pictogram.Pictogram;
import nl.stapwijs.instruction.pictogram.PictogramCatalogue;

/** A dialog to find a pictogram by a Dutch or English word; large tiles, so it works on a tablet. */
final class PictogramPicker extends Dialog {

    final TextField search = new TextField();
    final Div results = new Div();

    PictogramPicker(PictogramCatalogue catalogue, Consumer<String> chosen) {
        setHeaderTitle(getTranslation("instructions.picker.title"));
        search.setPlaceholder(getTranslation("instructions.picker.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> show(catalogue, e.getValue(), chosen));
        results.addClassName("picker-results");
        add(search, results);
        getFooter().add(new Button(getTranslation("instructions.cancel"), e -> close()));
        setWidth("min(760px, 96vw)");
        show(catalogue, "", chosen);
    }

    private void show(PictogramCatalogue catalogue, String query, Consumer<String> chosen) {
        results.removeAll();
        for (Pictogram pictogram : catalogue.search(query)) {
            Button tile = new Button(Pictures.image(pictogram.reference(), pictogram.name(), "picker-picture"));
            tile.addClassName("picker-tile");
            tile.getElement().setAttribute("title", pictogram.name() + " (" + pictogram.source() + ")");
            tile.getElement().setAttribute("data-reference", pictogram.reference());
            tile.getElement().setAttribute("aria-label", pictogram.name());
            if (pictogram.nonCommercial()) {
                Span nc = new Span("NC");
                nc.addClassName("picker-nc");
                nc.getElement().setAttribute("title", getTranslation("instructions.picker.nc"));
                tile.getElement().appendChild(nc.getElement());
            }
            tile.addClickListener(e -> {
                chosen.accept(pictogram.reference());
                close();
            });
            results.add(tile);
        }
        if (results.getChildren().findAny().isEmpty()) {
            results.add(new Span(getTranslation("instructions.picker.none")));
        }
    }
}
