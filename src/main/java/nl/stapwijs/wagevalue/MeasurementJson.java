package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calculation as JSON, for the recompute command and the evidence pack. Times in seconds,
 * exact; ratios to six decimals for reading (the wage value itself is computed from the
 * unrounded ones, and its unrounded sum is printed to twelve).
 */
final class MeasurementJson {

    private MeasurementJson() {
    }

    static ObjectNode of(Measurement m, LksEstimate estimate) {
        ObjectNode json = SliceFile.JSON.createObjectNode();
        json.put("label", Measurement.LABEL);
        json.put("formulaVersion", m.formulaVersion());
        json.put("workerId", m.workerId());
        ObjectNode period = json.putObject("period");
        period.put("from", m.from().toString());
        period.put("to", m.to().toString());
        period.put("zone", m.zone().getId());
        json.put("wageValuePercent", m.wageValuePercent());
        json.put("wageValueSum", m.wageValueSum() == null ? null : m.wageValueSum().setScale(12, RoundingMode.HALF_UP));
        json.put("productivity", ratio(m.productivity()));
        json.put("workingDays", m.workingDays());
        json.put("good", m.good());
        json.put("rejects", m.rejects());
        ObjectNode guidance = json.putObject("guidance");
        guidance.put("helpCalls", m.guidance().helpCalls());
        guidance.put("helpCallsPerHour", ratio(m.guidance().helpCallsPerHour()));
        guidance.put("helpMinutesPerHour", ratio(m.guidance().helpMinutesPerHour()));
        guidance.put("instructionMinutesPerHour", ratio(m.guidance().instructionMinutesPerHour()));
        json.set("time", time(m.total()));
        json.set("outsideTasks", time(m.outsideTasks()));
        ArrayNode main = json.putArray("mainTasks");
        m.mainTasks().forEach(t -> main.add(task(t)));
        ArrayNode other = json.putArray("otherTasks");
        m.otherTasks().forEach(t -> other.add(task(t)));
        json.set("normsUsed", SliceFile.JSON.valueToTree(m.normsUsed()));
        json.set("flags", flags(m.flags()));
        if (estimate != null) {
            json.set("lks", lks(estimate));
        }
        return json;
    }

    private static ObjectNode task(TaskMeasurement t) {
        ObjectNode json = SliceFile.JSON.createObjectNode();
        json.put("taskId", t.taskId());
        json.set("flags", flags(t.flags()));
        json.set("time", time(t.time()));
        json.put("good", t.good());
        json.put("rejects", t.rejects());
        json.put("helpCalls", t.helpCalls());
        json.put("workingDays", t.workingDays());
        json.put("tempo", ratio(t.tempo()));
        json.put("quality", ratio(t.quality()));
        json.put("share", ratio(t.share()));
        json.put("contribution", ratio(t.contribution()));
        ArrayNode rows = json.putArray("byNorm");
        for (NormedMeasurement r : t.byNorm()) {
            ObjectNode row = rows.addObject();
            row.put("normVersion", r.norm() == null ? null : r.norm().version());
            row.set("time", time(r.time()));
            row.put("good", r.good());
            row.put("rejects", r.rejects());
            row.put("helpCalls", r.helpCalls());
            row.put("tempo", ratio(r.tempo()));
            row.put("quality", ratio(r.quality()));
            row.put("qualityFactor", ratio(r.qualityFactor()));
            row.put("netTimeFactor", ratio(r.netTimeFactor()));
            row.put("share", ratio(r.share()));
            row.put("contribution", ratio(r.contribution()));
        }
        return json;
    }

    private static ObjectNode time(TimeSpent time) {
        ObjectNode json = SliceFile.JSON.createObjectNode();
        json.put("signedInSeconds", seconds(time.signedIn()));
        json.put("rosteredBreakSeconds", seconds(time.rosteredBreaks()));
        json.put("extraBreakSeconds", seconds(time.extraBreaks()));
        json.put("helpSeconds", seconds(time.help()));
        json.put("instructionSeconds", seconds(time.instruction()));
        json.put("downtimeSeconds", seconds(time.downtime()));
        json.put("productiveSeconds", seconds(time.productive()));
        json.put("attributableSeconds", seconds(time.attributable()));
        return json;
    }

    private static ObjectNode lks(LksEstimate e) {
        ObjectNode json = SliceFile.JSON.createObjectNode();
        json.put("label", LksEstimate.LABEL);
        json.put("on", e.on().toString());
        json.set("parameters", SliceFile.JSON.valueToTree(e.parameters()));
        json.set("municipality", SliceFile.JSON.valueToTree(e.municipality()));
        json.put("wageValuePercent", e.wageValuePercent());
        json.put("normfunctionWagePerHour", e.normfunctionWagePerHour());
        json.put("wageValuePerHour", e.wageValuePerHour());
        json.put("flatRate", e.flatRate());
        json.put("capped", e.capped());
        json.put("subsidyPerHour", e.subsidyPerHour().setScale(6, RoundingMode.HALF_UP));
        json.put("contractHours", e.contractHours().setScale(2, RoundingMode.HALF_UP));
        json.put("subsidyForContractHours", e.subsidyForContractHours());
        json.put("workedHours", e.workedHours().setScale(2, RoundingMode.HALF_UP));
        json.put("subsidyForWorkedHours", e.subsidyForWorkedHours());
        return json;
    }

    private static ArrayNode flags(Set<Flag> flags) {
        ArrayNode json = SliceFile.JSON.createArrayNode();
        flags.stream().sorted().forEach(f -> json.add(f.name()));
        return json;
    }

    private static BigDecimal seconds(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }

    private static BigDecimal ratio(BigDecimal value) {
        return value == null ? null : value.setScale(6, RoundingMode.HALF_UP);
    }
}
