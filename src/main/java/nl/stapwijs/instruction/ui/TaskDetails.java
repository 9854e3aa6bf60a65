package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.instruction.TaskForm;
import nl.stapwijs.instruction.TaskText;
import nl.stapwijs.instruction.ProductChoice;
import nl.stapwijs.workforce.Site;
import nl.stapwijs.workforce.Station;

/** A task's code, site, product, pictogram, names per language and stations. */
final class TaskDetails extends Div {

    final TextField code = new TextField();
    final Select<Site> site = new Select<>();
    final ComboBox<ProductChoice> product = new ComboBox<>();
    final CheckboxGroup<String> stations = new CheckboxGroup<>();
    final Map<String, TextField[]> names = new java.util.LinkedHashMap<>();
    final Button pictogramButton = new Button();
    String pictogram = "openmoji:1F6E0";

    TaskDetails(Optional<Task> task, List<TaskText> texts, List<String> assigned, List<Site> sites, List<ProductChoice> products,
            List<Station> allStations, EditorTools tools) {
        addClassName("task-details");
        code.setLabel(getTranslation("instructions.task.code"));
        task.ifPresent(t -> { code.setValue(t.code()); code.setReadOnly(true); pictogram = t.pictogram(); });
        site.setLabel(getTranslation("instructions.task.site"));
        site.setItems(sites);
        site.setItemLabelGenerator(Site::name);
        task.flatMap(t -> sites.stream().filter(s -> s.id() == t.siteId()).findFirst()).ifPresentOrElse(site::setValue,
                () -> { if (!sites.isEmpty()) site.setValue(sites.get(0)); });
        product.setLabel(getTranslation("instructions.task.product"));
        product.setItems(products);
        product.setItemLabelGenerator(ProductChoice::name);
        product.setClearButtonVisible(true);
        task.flatMap(t -> products.stream().filter(p -> t.productId() != null && p.id() == t.productId()).findFirst())
                .ifPresent(product::setValue);
        pictogramButton.setText(getTranslation("instructions.task.pictogram"));
        pictogramButton.addClickListener(e -> tools.pick(reference -> { pictogram = reference; showPictogram(); }));
        showPictogram();
        Div fields = new Div(code, site, product, pictogramButton);
        fields.addClassName("task-fields");
        Div languages = new Div();
        languages.addClassName("task-names");
        for (Languages.Language language : Languages.SHIPPED) {
            Optional<TaskText> text = texts.stream().filter(t -> t.language().equals(language.code())).findFirst();
            TextField name = field(language.ownName(), text.map(TaskText::name));
            TextField one = field(getTranslation("instructions.task.unitOne"), text.map(TaskText::unitOne));
            TextField many = field(getTranslation("instructions.task.unitMany"), text.map(TaskText::unitMany));
            names.put(language.code(), new TextField[] {name, one, many});
            Div row = new Div(name, one, many);
            row.addClassName("task-name-row");
            languages.add(row);
        }
        stations.setLabel(getTranslation("instructions.task.stations"));
        site.addValueChangeListener(e -> showStations(allStations, List.copyOf(stations.getValue())));
        showStations(allStations, assigned);
        add(fields, languages, stations);
    }

    TaskForm form() {
        List<TaskText> texts = new ArrayList<>();
        names.forEach((language, f) -> {
            if (!f[0].getValue().isBlank()) {
                String one = f[1].getValue().isBlank() ? f[0].getValue() : f[1].getValue();
                texts.add(new TaskText(0, language, f[0].getValue(), one, f[2].getValue().isBlank() ? one : f[2].getValue()));
            }
        });
        return new TaskForm(code.getValue(), site.getValue() == null ? 0 : site.getValue().id(),
                product.getValue() == null ? null : product.getValue().id(), pictogram, texts, List.copyOf(stations.getValue()));
    }

    private void showStations(List<Station> all, List<String> chosen) {
        List<String> here = all.stream().filter(s -> site.getValue() != null && s.siteId() == site.getValue().id())
                .map(Station::code).toList();
        stations.setItems(here);
        stations.setValue(new java.util.HashSet<>(chosen.stream().filter(here::contains).toList()));
    }

    private void showPictogram() {
        pictogramButton.setIcon(Pictures.image(pictogram, "", "step-card-icon"));
    }

    private static TextField field(String label, Optional<String> value) {
        TextField field = new TextField(label);
        value.ifPresent(field::setValue);
        return field;
    }
}
