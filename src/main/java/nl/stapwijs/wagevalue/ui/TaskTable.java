package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import nl.stapwijs.wagevalue.FigureText;
import nl.stapwijs.wagevalue.Measurement;
import nl.stapwijs.wagevalue.NormedMeasurement;
import nl.stapwijs.wagevalue.TaskMeasurement;

/**
 * Per task and norm version: the time share, tempo, quality and net time the wage value sums,
 * with the hours and units behind them. Main tasks first; tasks under the threshold are listed,
 * never dropped. Clicking a row shows that task's events.
 */
class TaskTable extends Grid<TaskRow> {

    TaskTable(LongFunction<String> taskName, Consumer<TaskRow> open) {
        addColumn(r -> taskName.apply(r.task().taskId())).setHeader(getTranslation("wagevalue.task")).setAutoWidth(true);
        addColumn(r -> r.figures().norm() == null ? getTranslation("wagevalue.noNorm") : "v" + r.figures().norm().version())
                .setHeader(getTranslation("wagevalue.normVersion")).setAutoWidth(true);
        addColumn(r -> getTranslation(r.main() ? "wagevalue.mainTask" : "wagevalue.otherTask"))
                .setHeader(getTranslation("wagevalue.kind")).setAutoWidth(true);
        number(r -> FigureText.hours(r.figures().time().attributable()), "wagevalue.attributableHours");
        number(r -> FigureText.hours(r.figures().time().productive()), "wagevalue.productiveHours");
        number(r -> r.figures().good() + " / " + r.figures().rejects(), "wagevalue.goodRejects");
        number(r -> FigureText.percent(r.figures().share(), 1), "wagevalue.share");
        number(r -> FigureText.percent(r.figures().tempo(), 1), "wagevalue.tempo");
        number(r -> FigureText.percent(r.figures().quality(), 1), "wagevalue.q");
        number(r -> FigureText.percent(r.figures().qualityFactor(), 1), "wagevalue.k");
        number(r -> FigureText.percent(r.figures().netTimeFactor(), 1), "wagevalue.n");
        number(r -> FigureText.percent(r.figures().contribution(), 2), "wagevalue.contribution");
        addColumn(r -> r.task().flags().stream().sorted().map(f -> getTranslation("wagevalue.flag." + f.name()))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("wagevalue.warnings"));
        addItemClickListener(click -> open.accept(click.getItem()));
        setAllRowsVisible(true);
        addClassName("wagevalue-tasks");
    }

    void show(Measurement m) {
        List<TaskRow> rows = new ArrayList<>();
        for (TaskMeasurement t : m.mainTasks()) {
            t.byNorm().forEach(r -> rows.add(new TaskRow(t, r, true)));
        }
        for (TaskMeasurement t : m.otherTasks()) {
            for (NormedMeasurement r : t.byNorm()) {
                rows.add(new TaskRow(t, r, false));
            }
        }
        setItems(rows);
    }

    private void number(Function<TaskRow, String> value, String header) {
        addColumn(value::apply).setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
