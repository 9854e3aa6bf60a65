package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import nl.stapwijs.wagevalue.FigureText;
import nl.stapwijs.wagevalue.LksEstimate;
import nl.stapwijs.wagevalue.SubsidyPeriod;

/** The loonkostensubsidie estimate: contract hours and worked hours side by side, never one for the other. */
class SubsidyPanel extends Div {

    SubsidyPanel(LksEstimate e) {
        addClassName("wagevalue-subsidy");
        String per = getTranslation(e.municipality().period() == SubsidyPeriod.MONTH ? "wagevalue.lks.month"
                : "wagevalue.lks.fourWeeks");
        NativeTableBody body = new NativeTableBody();
        body.add(row(new NativeTableHeaderCell(""), new NativeTableHeaderCell(getTranslation("wagevalue.lks.contract")),
                new NativeTableHeaderCell(getTranslation("wagevalue.lks.worked"))));
        body.add(row(new NativeTableHeaderCell(getTranslation("wagevalue.lks.hours", per)),
                cell(FigureText.number(e.contractHours(), 2)), cell(FigureText.number(e.workedHours(), 2))));
        body.add(row(new NativeTableHeaderCell(getTranslation("wagevalue.lks.amount", per)),
                cell(euro(e.subsidyForContractHours())), cell(euro(e.subsidyForWorkedHours()))));
        NativeTable table = new NativeTable(body);
        add(new H3(getTranslation("wagevalue.lks.title")), new Paragraph(LksEstimate.LABEL),
                new Paragraph(getTranslation("wagevalue.lks.basis", e.wageValuePercent(),
                        euro(e.parameters().minimumWagePerHour()), e.parameters().effectiveFrom().toString(),
                        FigureText.number(e.subsidyPerHour(), 4),
                        getTranslation("subsidy.rounding." + e.municipality().rounding().name()))
                        + (e.capped() ? " " + getTranslation("wagevalue.lks.capped") : "")
                        + (e.flatRate() ? " " + getTranslation("wagevalue.lks.flatRate") : "")),
                table);
    }

    private static NativeTableRow row(com.vaadin.flow.component.Component... cells) {
        NativeTableRow row = new NativeTableRow();
        row.add(cells);
        return row;
    }

    private static NativeTableCell cell(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("n");
        return cell;
    }

    private static String euro(BigDecimal amount) {
        return "€ " + FigureText.number(amount, 2);
    }
}
