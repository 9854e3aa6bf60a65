package nl.stapwijs.workforce.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/** A worker's read-aloud setting (KIOSK-UX rule 9): every step by itself or only on Replay, and how fast. */
final class ReadAloudForm extends Div {

    final Checkbox auto = new Checkbox();
    final RadioButtonGroup<Double> rate = new RadioButtonGroup<>();

    ReadAloudForm(WorkforceService workforce, Viewer viewer, Worker worker) {
        addClassName("read-aloud-form");
        WorkforceService.Listening listening = workforce.listening(worker.id());
        auto.setLabel(getTranslation("workers.listening.auto"));
        auto.setValue(listening.autoRead());
        rate.setLabel(getTranslation("workers.listening.rate"));
        rate.setItems(WorkforceService.Listening.RATES);
        rate.setItemLabelGenerator(r -> getTranslation("workers.listening.rate." + r));
        rate.setValue(listening.rate());
        Button save = new Button(getTranslation("workers.listening.save"), e -> {
            workforce.setListening(viewer, worker.id(), auto.getValue(), rate.getValue());
            Notification.show(getTranslation("workers.listening.saved"));
        });
        save.addClassName("save-listening");
        add(new H3(getTranslation("workers.listening")), auto, rate, save);
    }
}
