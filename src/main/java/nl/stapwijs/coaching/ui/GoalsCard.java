package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.stapwijs.coaching.Goal;
import nl.stapwijs.coaching.GoalStatus;
import nl.stapwijs.coaching.NewGoal;
import nl.stapwijs.coaching.Tag;
import nl.stapwijs.instruction.LocalizedTask;

/** The development plan's goals: plain words, a target date, a status, and what each is about. */
final class GoalsCard extends Div {

    GoalsCard(List<Goal> goals, List<LocalizedTask> tasks, boolean mayChange, Consumer<NewGoal> onAdd,
            BiConsumer<Goal, GoalStatus> onStatus) {
        addClassNames("coaching-card", "coaching-goals");
        add(new H3(getTranslation("coaching.goals.title")));
        if (goals.isEmpty()) {
            add(new Paragraph(getTranslation("coaching.goals.none")));
        }
        for (Goal goal : goals) {
            Div row = new Div();
            row.addClassNames("coaching-goal", goal.status().name().toLowerCase(java.util.Locale.ROOT));
            Span text = new Span(goal.text());
            text.addClassName("coaching-goal-text");
            List<String> about = new ArrayList<>();
            goal.taskIds().forEach(id -> tasks.stream().filter(t -> t.id() == id).findFirst().ifPresent(t -> about.add(t.name())));
            goal.skills().forEach(tag -> about.add(getTranslation("coaching.tag." + tag.name())));
            Span meta = new Span(getTranslation("coaching.goal.status." + goal.status().name()) + " · "
                    + getTranslation("coaching.goals.target") + " " + CoachingTexts.day(goal.targetDate())
                    + (about.isEmpty() ? "" : " · " + String.join(", ", about)));
            meta.addClassName("coaching-muted");
            row.add(text, meta);
            if (mayChange && goal.status() == GoalStatus.OPEN) {
                row.add(new Button(getTranslation("coaching.goals.reached"), click -> onStatus.accept(goal, GoalStatus.REACHED)),
                        new Button(getTranslation("coaching.goals.stop"), click -> onStatus.accept(goal, GoalStatus.STOPPED)));
            }
            add(row);
        }
        if (mayChange) {
            add(form(tasks, onAdd));
        }
    }

    private Div form(List<LocalizedTask> tasks, Consumer<NewGoal> onAdd) {
        TextField text = new TextField(getTranslation("coaching.goals.text"));
        text.setPlaceholder(getTranslation("coaching.goals.example"));
        text.setWidthFull();
        DatePicker target = new DatePicker(getTranslation("coaching.goals.target"));
        MultiSelectComboBox<LocalizedTask> linkedTasks = new MultiSelectComboBox<>(getTranslation("coaching.goals.tasks"));
        linkedTasks.setItems(tasks);
        linkedTasks.setItemLabelGenerator(LocalizedTask::name);
        MultiSelectComboBox<Tag> skills = new MultiSelectComboBox<>(getTranslation("coaching.goals.skills"));
        skills.setItems(Tag.values());
        skills.setItemLabelGenerator(tag -> getTranslation("coaching.tag." + tag.name()));
        Button add = new Button(getTranslation("coaching.goals.add"), click -> onAdd.accept(new NewGoal(text.getValue(),
                target.getValue(), linkedTasks.getValue().stream().map(LocalizedTask::id).toList(),
                skills.getValue().stream().sorted().toList())));
        add.addClassName("coaching-add-goal");
        Div form = new Div(text, target, linkedTasks, skills, add);
        form.addClassName("coaching-form");
        return form;
    }
}
