package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Consumer;
import nl.stapwijs.wagevalue.Period;

/**
 * Chooses the measured period: a week, a month, a quarter (with ‹ › to step back and forth) or
 * any two dates. Tells its listener each time the period changes.
 */
class PeriodPicker extends HorizontalLayout {

    enum Kind { WEEK, MONTH, QUARTER, CUSTOM }

    final Select<Kind> kind = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final Consumer<Period> listener;
    private boolean quiet;

    PeriodPicker(Period initial, Consumer<Period> listener) {
        this.listener = listener;
        kind.setLabel(getTranslation("wagevalue.period"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("wagevalue.period." + k.name()));
        from.setLabel(getTranslation("wagevalue.period.from"));
        to.setLabel(getTranslation("wagevalue.period.to"));
        // Narrow enough that the picker stays on one line on a tablet held upright.
        kind.setWidth("10em");
        from.setWidth("10em");
        to.setWidth("10em");
        Button back = new Button("‹", click -> step(-1));
        Button forward = new Button("›", click -> step(1));
        back.getElement().setAttribute("aria-label", getTranslation("wagevalue.period.back"));
        forward.getElement().setAttribute("aria-label", getTranslation("wagevalue.period.forward"));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        forward.addThemeVariants(ButtonVariant.TERTIARY);
        set(Kind.CUSTOM, initial.from(), initial.lastDay(), false);
        kind.addValueChangeListener(e -> {
            if (!quiet && e.getValue() != Kind.CUSTOM) {
                snap(e.getValue(), from.getValue() == null ? LocalDate.now() : from.getValue());
            }
        });
        from.addValueChangeListener(e -> changed(e.isFromClient()));
        to.addValueChangeListener(e -> changed(e.isFromClient()));
        add(kind, back, from, to, forward);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("period-picker");
    }

    /** The week, month or quarter that contains a day. */
    void snap(Kind chosen, LocalDate day) {
        switch (chosen) {
            case WEEK -> set(chosen, day.with(DayOfWeek.MONDAY), day.with(DayOfWeek.SUNDAY));
            case MONTH -> set(chosen, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
                set(chosen, start, start.plusMonths(3).minusDays(1));
            }
            case CUSTOM -> set(chosen, from.getValue(), to.getValue());
        }
    }

    /** Shows a period chosen elsewhere (a link): as a week, month or quarter when it is exactly one. */
    void choose(Period chosen) {
        LocalDate start = chosen.from();
        LocalDate end = chosen.lastDay();
        Kind shape = Kind.CUSTOM;
        if (start.getDayOfWeek() == DayOfWeek.MONDAY && end.equals(start.plusDays(6))) {
            shape = Kind.WEEK;
        } else if (start.getDayOfMonth() == 1 && end.equals(start.with(TemporalAdjusters.lastDayOfMonth()))) {
            shape = Kind.MONTH;
        } else if (start.equals(start.with(IsoFields.DAY_OF_QUARTER, 1)) && end.equals(start.plusMonths(3).minusDays(1))) {
            shape = Kind.QUARTER;
        }
        set(shape, start, end);
    }

    Period period() {
        return new Period(from.getValue(), to.getValue().plusDays(1));
    }

    private void step(int direction) {
        Kind k = kind.getValue();
        LocalDate start = from.getValue();
        switch (k) {
            case WEEK -> snap(k, start.plusWeeks(direction));
            case MONTH -> snap(k, start.plusMonths(direction));
            case QUARTER -> snap(k, start.plusMonths(3L * direction));
            case CUSTOM -> {
                long days = to.getValue().toEpochDay() - start.toEpochDay() + 1;
                set(k, start.plusDays(direction * days), to.getValue().plusDays(direction * days));
            }
        }
    }

    private void set(Kind chosen, LocalDate start, LocalDate end) {
        set(chosen, start, end, true);
    }

    private void set(Kind chosen, LocalDate start, LocalDate end, boolean notify) {
        quiet = true;
        kind.setValue(chosen);
        from.setValue(start);
        to.setValue(end);
        quiet = false;
        if (notify) {
            fire();
        }
    }

    private void changed(boolean byUser) {
        if (quiet) {
            return;
        }
        if (byUser) {
            quiet = true;
            kind.setValue(Kind.CUSTOM);
            quiet = false;
        }
        fire();
    }

    private void fire() {
        if (from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue())) {
            listener.accept(period());
        }
    }
}
