package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.instruction.NewStep;

/** The draft's steps in order; moving or removing one redraws the numbers. */
final class StepList extends Div {

    private final EditorTools tools;
    private final List<NewStep> steps = new ArrayList<>();
    final List<StepCard> cards = new ArrayList<>();

    StepList(EditorTools tools, List<NewStep> initial) {
        this.tools = tools;
        addClassName("step-list");
        steps.addAll(initial);
        redraw();
    }

    List<NewStep> steps() {
        return cards.stream().map(StepCard::toStep).toList();
    }

    boolean valid() {
        return cards.stream().allMatch(StepCard::valid);
    }

    void add() {
        capture();
        steps.add(new NewStep("", null, null, List.of(), java.util.Map.of()));
        redraw();
    }

    void move(StepCard card, int by) {
        int from = cards.indexOf(card);
        int to = from + by;
        if (from < 0 || to < 0 || to >= cards.size()) {
            return;
        }
        capture();
        steps.add(to, steps.remove(from));
        redraw();
    }

    void moveTo(StepCard card, StepCard target) {
        int from = cards.indexOf(card);
        int to = cards.indexOf(target);
        if (from >= 0 && to >= 0 && from != to) {
            move(card, to - from);
        }
    }

    void remove(StepCard card) {
        int index = cards.indexOf(card);
        if (index >= 0) {
            capture();
            steps.remove(index);
            redraw();
        }
    }

    private void capture() {
        List<NewStep> current = steps();
        steps.clear();
        steps.addAll(current);
    }

    private void redraw() {
        removeAll();
        cards.clear();
        for (int i = 0; i < steps.size(); i++) {
            StepCard card = new StepCard(tools, steps.get(i), i + 1, steps.size(), this);
            cards.add(card);
            add(card);
        }
    }
}
