package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import nl.stapwijs.wagevalue.NormDraft;
import nl.stapwijs.wagevalue.NormMethod;
import nl.stapwijs.wagevalue.NormProposal;

/**
 * A new norm version: time per unit, the unit, the norm reject rate and instruction allowance
 * in the supervisor's words (percent, minutes an hour), how and on what sample it was set, and
 * from when. Reports a complete draft through {@code save}.
 */
class NormForm extends FormLayout {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    final BigDecimalField seconds = new BigDecimalField();
    final TextField unit = new TextField();
    final BigDecimalField rejectPercent = new BigDecimalField();
    final BigDecimalField instructionMinutes = new BigDecimalField();
    final Select<NormMethod> method = new Select<>();
    final IntegerField sampleSize = new IntegerField();
    final DateTimePicker effectiveFrom = new DateTimePicker();
    final TextArea note = new TextArea();
    final Button save;

    NormForm(ZoneId zone, Consumer<Optional<NormDraftFields>> save) {
        seconds.setLabel(getTranslation("norms.seconds"));
        unit.setLabel(getTranslation("norms.unit"));
        unit.setHelperText(getTranslation("norms.unitHelp"));
        rejectPercent.setLabel(getTranslation("norms.rejectPercent"));
        rejectPercent.setValue(new BigDecimal("2"));
        instructionMinutes.setLabel(getTranslation("norms.instructionMinutes"));
        instructionMinutes.setValue(new BigDecimal("3"));
        method.setLabel(getTranslation("norms.method"));
        method.setItems(NormMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("norms.method." + m.name()));
        method.setValue(NormMethod.TIME_STUDY);
        sampleSize.setLabel(getTranslation("norms.sampleSize"));
        sampleSize.setMin(1);
        effectiveFrom.setLabel(getTranslation("norms.effectiveFrom"));
        note.setLabel(getTranslation("norms.note"));
        note.setMaxLength(500);
        this.save = new Button(getTranslation("norms.save"), click -> save.accept(fields()));
        this.save.addThemeVariants(ButtonVariant.PRIMARY);
        add(seconds, unit, rejectPercent, instructionMinutes, method, sampleSize, effectiveFrom, note, this.save);
        setColspan(note, 2);
    }

    /** Fills the form with a proposal from history: method HISTORICAL, the sample as its size. */
    void fill(NormProposal proposal) {
        seconds.setValue(proposal.secondsPerUnit());
        if (proposal.qualityNorm() != null) {
            rejectPercent.setValue(BigDecimal.ONE.subtract(proposal.qualityNorm()).multiply(HUNDRED).stripTrailingZeros());
        }
        if (proposal.instructionAllowance() != null) {
            instructionMinutes.setValue(proposal.instructionAllowance().multiply(SIXTY).setScale(1, java.math.RoundingMode.HALF_UP));
        }
        method.setValue(NormMethod.HISTORICAL);
        sampleSize.setValue((int) Math.min(Integer.MAX_VALUE, proposal.produced()));
        note.setValue(getTranslation("norms.proposalNote", proposal.sample().size(), proposal.period().from().toString(),
                proposal.period().lastDay().toString()));
    }

    void startAt(LocalDateTime moment) {
        effectiveFrom.setValue(moment);
    }

    /** The form's values if every field is filled and in range. */
    private Optional<NormDraftFields> fields() {
        if (seconds.getValue() == null || seconds.getValue().signum() <= 0 || unit.getValue().isBlank()
                || rejectPercent.getValue() == null || rejectPercent.getValue().signum() < 0
                || rejectPercent.getValue().compareTo(HUNDRED) >= 0 || instructionMinutes.getValue() == null
                || instructionMinutes.getValue().signum() < 0 || sampleSize.getValue() == null
                || sampleSize.getValue() < 1 || effectiveFrom.getValue() == null || method.getValue() == null) {
            return Optional.empty();
        }
        BigDecimal qualityNorm = BigDecimal.ONE.subtract(rejectPercent.getValue().divide(HUNDRED, MathContext.DECIMAL64));
        BigDecimal allowance = instructionMinutes.getValue().divide(SIXTY, 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return Optional.of(new NormDraftFields(seconds.getValue(), unit.getValue().strip(), qualityNorm, allowance,
                method.getValue(), sampleSize.getValue(), effectiveFrom.getValue(), note.getValue().strip()));
    }

    /** What the form holds, before the task and the time zone make it a draft. */
    record NormDraftFields(BigDecimal seconds, String unit, BigDecimal qualityNorm, BigDecimal allowance,
            NormMethod method, int sampleSize, LocalDateTime effectiveFrom, String note) {

        NormDraft draft(long taskId, ZoneId zone) {
            return new NormDraft(taskId, seconds, unit, qualityNorm, allowance, method, sampleSize,
                    effectiveFrom.atZone(zone).toInstant(), note);
        }
    }
}
