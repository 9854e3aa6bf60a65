package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The wage-value calculation for one worker and period, with the evidence behind it. The wage
 * value is an indication for the assessor ("indicatie — geen vastgestelde loonwaarde"), never
 * the legal loonwaarde.
 *
 * @param mainTasks the tasks the wage value rests on (at most five)
 * @param otherTasks tasks under the main-task threshold or beyond the five largest, listed, not dropped
 * @param outsideTasks signed-in time while no task was chosen
 * @param total all signed-in time, on tasks and outside them
 * @param productivity Σ good × norm seconds / Σ ATTR over all tasks with a norm (the operational KPI)
 * @param wageValueSum Σ a × min(1, T) × K × N over the main tasks, unrounded; null without a main task
 * @param wageValuePercent the sum × 100, rounded half up to whole percent, once
 * @param normsUsed every norm version any figure rests on
 */
public record Measurement(
        long workerId,
        Instant from,
        Instant to,
        ZoneId zone,
        String formulaVersion,
        List<TaskMeasurement> mainTasks,
        List<TaskMeasurement> otherTasks,
        TimeSpent outsideTasks,
        TimeSpent total,
        long good,
        long rejects,
        int workingDays,
        BigDecimal productivity,
        BigDecimal wageValueSum,
        Integer wageValuePercent,
        GuidanceNeed guidance,
        List<Norm> normsUsed,
        Set<Flag> flags) {

    public static final String LABEL = "indicatie — geen vastgestelde loonwaarde";
}
