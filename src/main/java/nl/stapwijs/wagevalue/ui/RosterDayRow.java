package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.stapwijs.wagevalue.BreakWindow;
import nl.stapwijs.wagevalue.RosteredDay;

/** One weekday of the roster editor: worked or not, from and to, and the breaks as "10:00-10:15, 12:30-13:00". */
class RosterDayRow extends HorizontalLayout {

    final Checkbox works;
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField breaks = new TextField();
    private final DayOfWeek weekday;

    RosterDayRow(DayOfWeek weekday) {
        this.weekday = weekday;
        works = new Checkbox(getTranslation("rosters.day." + weekday.name()));
        works.setWidth("8em");
        start.setLabel(getTranslation("rosters.start"));
        end.setLabel(getTranslation("rosters.end"));
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        breaks.setLabel(getTranslation("rosters.breaks"));
        breaks.setPlaceholder("10:00-10:15, 12:30-13:00");
        breaks.setWidth("20em");
        works.addValueChangeListener(change -> enable(change.getValue()));
        add(works, start, end, breaks);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("roster-day");
        show(null);
    }

    void show(RosteredDay day) {
        works.setValue(day != null);
        start.setValue(day == null ? LocalTime.of(8, 30) : day.start());
        end.setValue(day == null ? LocalTime.of(16, 30) : day.end());
        breaks.setValue(day == null ? "" : day.breaks().stream().map(b -> b.start() + "-" + b.end())
                .collect(Collectors.joining(", ")));
        enable(day != null);
    }

    /** The day as entered, empty when it is not worked; a break that cannot be read throws. */
    Optional<RosteredDay> day() {
        if (!works.getValue()) {
            return Optional.empty();
        }
        List<BreakWindow> windows = new ArrayList<>();
        for (String part : breaks.getValue().split(",")) {
            if (!part.isBlank()) {
                String[] times = part.strip().split("\\s*[-–]\\s*");
                if (times.length != 2) {
                    throw new IllegalArgumentException("A break is written as 10:00-10:15");
                }
                windows.add(new BreakWindow(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
        }
        return Optional.of(new RosteredDay(weekday, start.getValue(), end.getValue(), windows));
    }

    private void enable(boolean worked) {
        start.setEnabled(worked);
        end.setEnabled(worked);
        breaks.setEnabled(worked);
    }
}
