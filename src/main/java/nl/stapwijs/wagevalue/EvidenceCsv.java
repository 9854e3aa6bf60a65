package nl.stapwijs.wagevalue;

import static nl.stapwijs.wagevalue.FigureText.plain;
import static nl.stapwijs.wagevalue.FigureText.plainHours;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence pack as CSV (RFC 4180, UTF-8) for a spreadsheet: one figure per line, with the
 * section, task and norm version it belongs to, so nothing depends on column positions. Ratios
 * are fractions (0.875, not 87.5), hours decimal, all with a decimal point.
 */
public final class EvidenceCsv {

    private EvidenceCsv() {
    }

    public static String of(EvidencePack pack) {
        Measurement m = pack.measurement();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"section", "task_id", "task", "norm_version", "field", "value"});
        add(rows, "pack", null, pack, null, "label", Measurement.LABEL);
        add(rows, "pack", null, pack, null, "worker", pack.worker().firstName() + " " + pack.worker().lastName());
        add(rows, "pack", null, pack, null, "badge", pack.worker().badge());
        add(rows, "pack", null, pack, null, "team", pack.team());
        add(rows, "pack", null, pack, null, "scheme", pack.worker().scheme().name());
        add(rows, "pack", null, pack, null, "period_from", pack.period().from().toString());
        add(rows, "pack", null, pack, null, "period_to_inclusive", pack.period().lastDay().toString());
        add(rows, "pack", null, pack, null, "formula_version", m.formulaVersion());
        add(rows, "pack", null, pack, null, "made_at", pack.madeAt().toString());
        add(rows, "pack", null, pack, null, "made_by", pack.madeBy());
        add(rows, "pack", null, pack, null, "calculation_sha256", pack.calculationSha256());
        add(rows, "normfunctie", null, pack, null, "description", pack.normfunction());
        add(rows, "total", null, pack, null, "wage_value_sum", plain(m.wageValueSum(), 12));
        add(rows, "total", null, pack, null, "wage_value_percent_rounded",
                m.wageValuePercent() == null ? "" : m.wageValuePercent().toString());
        add(rows, "total", null, pack, null, "rounding", "half up to whole percent, once");
        add(rows, "total", null, pack, null, "productivity", plain(m.productivity(), 6));
        add(rows, "total", null, pack, null, "working_days", String.valueOf(m.workingDays()));
        add(rows, "guidance", null, pack, null, "help_calls", String.valueOf(m.guidance().helpCalls()));
        add(rows, "guidance", null, pack, null, "help_calls_per_hour", plain(m.guidance().helpCallsPerHour(), 6));
        add(rows, "guidance", null, pack, null, "help_minutes_per_hour", plain(m.guidance().helpMinutesPerHour(), 6));
        add(rows, "guidance", null, pack, null, "instruction_minutes_per_hour",
                plain(m.guidance().instructionMinutesPerHour(), 6));
        m.flags().stream().sorted().forEach(f -> add(rows, "flag", null, pack, null, "flag", f.name()));
        for (TaskMeasurement t : m.mainTasks()) {
            task(rows, "main_task", t, pack);
        }
        for (TaskMeasurement t : m.otherTasks()) {
            task(rows, "other_task", t, pack);
        }
        time(rows, "outside_tasks", null, pack, null, m.outsideTasks());
        for (Norm n : m.normsUsed()) {
            String v = String.valueOf(n.version());
            add(rows, "norm", n.taskId(), pack, v, "seconds_per_unit", n.secondsPerUnit().toPlainString());
            add(rows, "norm", n.taskId(), pack, v, "unit", n.unit());
            add(rows, "norm", n.taskId(), pack, v, "quality_norm", n.qualityNorm().toPlainString());
            add(rows, "norm", n.taskId(), pack, v, "instruction_allowance", n.instructionAllowance().toPlainString());
            add(rows, "norm", n.taskId(), pack, v, "method", n.method().name());
            add(rows, "norm", n.taskId(), pack, v, "set_by", n.setBy());
            add(rows, "norm", n.taskId(), pack, v, "set_at", n.setAt().toString());
            add(rows, "norm", n.taskId(), pack, v, "effective_from", n.effectiveFrom().toString());
            add(rows, "norm", n.taskId(), pack, v, "sample_size", String.valueOf(n.sampleSize()));
        }
        for (Measurement w : pack.weeks()) {
            String week = w.from().toString();
            add(rows, "week", null, pack, null, "productivity " + week, plain(w.productivity(), 6));
            add(rows, "week", null, pack, null, "wage_value_percent " + week,
                    w.wageValuePercent() == null ? "" : w.wageValuePercent().toString());
        }
        pack.observations().forEach(o -> add(rows, "coach_observation", null, pack, null, o.date() + " " + o.author(), o.text()));
        if (pack.subsidy() != null) {
            LksEstimate e = pack.subsidy();
            add(rows, "subsidy", null, pack, null, "label", LksEstimate.LABEL);
            add(rows, "subsidy", null, pack, null, "subsidy_per_hour", plain(e.subsidyPerHour(), 6));
            add(rows, "subsidy", null, pack, null, "contract_hours", plain(e.contractHours(), 2));
            add(rows, "subsidy", null, pack, null, "subsidy_for_contract_hours", e.subsidyForContractHours().toPlainString());
            add(rows, "subsidy", null, pack, null, "worked_hours", plain(e.workedHours(), 2));
            add(rows, "subsidy", null, pack, null, "subsidy_for_worked_hours", e.subsidyForWorkedHours().toPlainString());
        }
        add(rows, "views", null, pack, null, "employee_view", "");
        add(rows, "views", null, pack, null, "employer_view", "");
        StringBuilder csv = new StringBuilder();
        rows.forEach(r -> csv.append(String.join(",", java.util.Arrays.stream(r).map(EvidenceCsv::quote).toList())).append("\r\n"));
        return csv.toString();
    }

    private static void task(List<String[]> rows, String section, TaskMeasurement t, EvidencePack pack) {
        add(rows, section, t.taskId(), pack, null, "good", String.valueOf(t.good()));
        add(rows, section, t.taskId(), pack, null, "rejects", String.valueOf(t.rejects()));
        add(rows, section, t.taskId(), pack, null, "help_calls", String.valueOf(t.helpCalls()));
        add(rows, section, t.taskId(), pack, null, "working_days", String.valueOf(t.workingDays()));
        add(rows, section, t.taskId(), pack, null, "tempo", plain(t.tempo(), 6));
        add(rows, section, t.taskId(), pack, null, "quality", plain(t.quality(), 6));
        add(rows, section, t.taskId(), pack, null, "time_share", plain(t.share(), 6));
        add(rows, section, t.taskId(), pack, null, "contribution", plain(t.contribution(), 6));
        t.flags().stream().sorted().forEach(f -> add(rows, section, t.taskId(), pack, null, "flag", f.name()));
        time(rows, section, t.taskId(), pack, null, t.time());
        for (NormedMeasurement r : t.byNorm()) {
            String v = r.norm() == null ? "" : String.valueOf(r.norm().version());
            time(rows, section + "_by_norm", t.taskId(), pack, v, r.time());
            add(rows, section + "_by_norm", t.taskId(), pack, v, "good", String.valueOf(r.good()));
            add(rows, section + "_by_norm", t.taskId(), pack, v, "rejects", String.valueOf(r.rejects()));
            add(rows, section + "_by_norm", t.taskId(), pack, v, "tempo", plain(r.tempo(), 6));
            add(rows, section + "_by_norm", t.taskId(), pack, v, "quality", plain(r.quality(), 6));
            add(rows, section + "_by_norm", t.taskId(), pack, v, "quality_factor_k", plain(r.qualityFactor(), 6));
            add(rows, section + "_by_norm", t.taskId(), pack, v, "net_time_factor_n", plain(r.netTimeFactor(), 6));
            add(rows, section + "_by_norm", t.taskId(), pack, v, "time_share", plain(r.share(), 6));
            add(rows, section + "_by_norm", t.taskId(), pack, v, "contribution", plain(r.contribution(), 6));
        }
    }

    private static void time(List<String[]> rows, String section, Long task, EvidencePack pack, String v, TimeSpent s) {
        add(rows, section, task, pack, v, "signed_in_hours", plainHours(s.signedIn()));
        add(rows, section, task, pack, v, "rostered_break_hours", plainHours(s.rosteredBreaks()));
        add(rows, section, task, pack, v, "extra_break_hours", plainHours(s.extraBreaks()));
        add(rows, section, task, pack, v, "help_hours", plainHours(s.help()));
        add(rows, section, task, pack, v, "instruction_hours", plainHours(s.instruction()));
        add(rows, section, task, pack, v, "downtime_hours_excluded", plainHours(s.downtime()));
        add(rows, section, task, pack, v, "productive_hours", plainHours(s.productive()));
        add(rows, section, task, pack, v, "attributable_hours", plainHours(s.attributable()));
    }

    private static void add(List<String[]> rows, String section, Long task, EvidencePack pack, String version,
            String field, String value) {
        rows.add(new String[] {section, task == null ? "" : task.toString(), task == null ? "" : pack.taskName(task),
                version == null ? "" : version, field, value == null ? "" : value});
    }

    private static String quote(String value) {
        // Cells starting with = + - @ are read as formulas by spreadsheets; a leading quote disarms them.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
