package nl.stapwijs.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.wagevalue.BreakWindow;
import nl.stapwijs.wagevalue.NormDraft;
import nl.stapwijs.wagevalue.NormMethod;
import nl.stapwijs.wagevalue.NormService;
import nl.stapwijs.wagevalue.RosterService;
import nl.stapwijs.wagevalue.RosteredDay;
import nl.stapwijs.wagevalue.WageValueRollups;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.WorkforceService;

/**
 * The demo's norms and rosters, so its wage-value figures mean something: each task's norm is
 * the pace the history was generated against (a time study, 2% norm rejects, 3 minutes of
 * instruction an hour), in force from before the history; each team works Monday to Friday with
 * the breaks the history takes. Then the history is rolled up.
 */
final class DemoWageValue {

    private static final List<BreakWindow> BREAKS = DemoHistory.ROSTERED_BREAKS.stream()
            .map(w -> new BreakWindow(w[0], w[1])).toList();

    private final WorkforceService workforce;
    private final InstructionService instructions;
    private final NormService norms;
    private final RosterService rosters;
    private final WageValueRollups rollups;
    private final Clock clock;
    private final StapwijsProperties properties;

    DemoWageValue(WorkforceService workforce, InstructionService instructions, NormService norms, RosterService rosters,
            WageValueRollups rollups, Clock clock, StapwijsProperties properties) {
        this.workforce = workforce;
        this.instructions = instructions;
        this.norms = norms;
        this.rosters = rosters;
        this.rollups = rollups;
        this.clock = clock;
        this.properties = properties;
    }

    void seedIfEmpty() {
        if (!norms.norms().versions().isEmpty()) {
            return;
        }
        LocalDate start = LocalDate.now(clock.withZone(properties.zone())).minusDays(properties.demo().historyDays() + 7L);
        for (Task task : instructions.tasks()) {
            DemoCatalog.TASKS.stream().filter(t -> t.code().equals(task.code())).findFirst().ifPresent(demo ->
                    norms.addVersion(new NormDraft(task.id(), BigDecimal.valueOf(demo.normSeconds()),
                            demo.unitOne().nl(), new BigDecimal("0.98"), new BigDecimal("0.05"),
                            NormMethod.TIME_STUDY, 120, start.atStartOfDay(properties.zone()).toInstant(),
                            "Tijdstudie demo: 120 stuks door een ervaren collega, toeslagen inbegrepen"), "demo"));
        }
        for (Team team : workforce.teams()) {
            List<RosteredDay> days = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
                    .map(d -> new RosteredDay(d, LocalTime.of(8, 30), LocalTime.of(16, 30), BREAKS)).toList();
            rosters.addVersion(team.id(), start, days, "demo");
        }
        rollups.catchUp();
    }
}
