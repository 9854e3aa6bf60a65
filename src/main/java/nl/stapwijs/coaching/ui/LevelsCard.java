package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import nl.stapwijs.coaching.DevelopmentRecord;
import nl.stapwijs.coaching.SkillLevel;
import nl.stapwijs.coaching.SkillRating;
import nl.stapwijs.coaching.StepEvidence;
import nl.stapwijs.coaching.SupportChange;
import nl.stapwijs.coaching.SupportLevel;
import nl.stapwijs.coaching.TaskEvidence;
import nl.stapwijs.instruction.LocalizedTask;

/**
 * Per task: the skill level and the support level a person set, with who and when, and beside
 * them the last weeks' production as evidence (never turned into a level by itself).
 */
final class LevelsCard extends Div {

    LevelsCard(DevelopmentRecord record, List<LocalizedTask> tasks, ZoneId zone,
            BiConsumer<LocalizedTask, SkillLevel> onSkill, BiConsumer<LocalizedTask, SupportLevel> onSupport) {
        addClassNames("coaching-card", "coaching-levels");
        add(new H3(getTranslation("coaching.levels.title")), new Paragraph(getTranslation("coaching.levels.hint")));
        for (LocalizedTask task : tasks) {
            Div row = new Div();
            row.addClassName("coaching-level-row");
            row.getElement().setAttribute("data-task", task.task().code());
            Span name = new Span(task.name());
            name.addClassName("coaching-level-task");
            Select<SkillLevel> skill = new Select<>();
            skill.setLabel(getTranslation("coaching.levels.skill"));
            skill.setItems(SkillLevel.values());
            skill.setItemLabelGenerator(l -> l.number() + " · " + getTranslation("coaching.skill." + l.number()));
            skill.setValue(record.skill(task.id()));
            skill.setReadOnly(!record.maySetLevels());
            skill.addClassName("coaching-skill");
            skill.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    onSkill.accept(task, change.getValue());
                }
            });
            Select<SupportLevel> support = new Select<>();
            support.setLabel(getTranslation("coaching.levels.support"));
            support.setItems(SupportLevel.values());
            support.setItemLabelGenerator(l -> l.number() + " · " + getTranslation("coaching.support." + l.number()));
            support.setValue(record.supportLevel(task.id()));
            support.setReadOnly(!record.maySetLevels());
            support.addClassName("coaching-support");
            support.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    onSupport.accept(task, change.getValue());
                }
            });
            row.add(name, skill, support, history(record, task, zone), evidence(record.evidence().get(task.id())));
            add(row);
        }
    }

    private Span history(DevelopmentRecord record, LocalizedTask task, ZoneId zone) {
        List<SkillRating> skills = record.skills().getOrDefault(task.id(), List.of());
        List<SupportChange> support = record.support().getOrDefault(task.id(), List.of());
        StringBuilder text = new StringBuilder();
        if (!skills.isEmpty()) {
            SkillRating last = skills.get(skills.size() - 1);
            text.append(getTranslation("coaching.levels.setBy", last.setBy(),
                    CoachingTexts.day(last.setAt().atZone(zone).toLocalDate())));
            if (skills.size() > 1) {
                text.append(" (").append(getTranslation("coaching.levels.before",
                        skills.get(skills.size() - 2).level().number())).append(')');
            }
        }
        if (!support.isEmpty()) {
            SupportChange last = support.get(support.size() - 1);
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("coaching.levels.supportSetBy", last.setBy(),
                    CoachingTexts.day(last.setAt().atZone(zone).toLocalDate())));
        }
        Span span = new Span(text.toString());
        span.addClassName("coaching-muted");
        return span;
    }

    private Div evidence(TaskEvidence evidence) {
        Div box = new Div();
        box.addClassName("coaching-level-evidence");
        if (evidence == null) {
            box.add(new Span(getTranslation("coaching.levels.noWork", TaskEvidence.WEEKS)));
            return box;
        }
        box.add(new Span(getTranslation("coaching.levels.evidence", TaskEvidence.WEEKS, evidence.sessions(),
                evidence.units(), evidence.rejects(), evidence.helpCalls())));
        for (StepEvidence step : evidence.steps()) {
            if (step.backPresses() > 0 || step.helpCalls() > 0) {
                box.add(new Span(getTranslation("coaching.levels.step", step.step(), step.shown(),
                        step.averageOnScreen().toSeconds(), step.backPresses(), step.helpCalls())));
            }
        }
        return box;
    }
}
