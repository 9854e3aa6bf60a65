package nl.stapwijs.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.coaching.CoachingService;
import nl.stapwijs.coaching.GoalStatus;
import nl.stapwijs.coaching.LevelService;
import nl.stapwijs.coaching.LogService;
import nl.stapwijs.coaching.NewGoal;
import nl.stapwijs.coaching.NewLogEntry;
import nl.stapwijs.coaching.ObservationService;
import nl.stapwijs.coaching.PlacementKind;
import nl.stapwijs.coaching.Rung;
import nl.stapwijs.coaching.SkillLevel;
import nl.stapwijs.coaching.SupportLevel;
import nl.stapwijs.coaching.Tag;
import nl.stapwijs.coaching.Visibility;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.Viewer;

/**
 * The demo caseload's development logs: Noor (coach) with Fatima, Olena, Sanne and Lisa. Goals,
 * notes with tags and visibilities, skill and support levels, reviews, ladder snapshots and a
 * placement, so the pages show a realistic practice; then the observation rules read the
 * generated history. Invented people, invented words.
 */
public class DemoCoaching {

    private final CoachingService coaching;
    private final LevelService levels;
    private final LogService log;
    private final ObservationService observations;
    private final StaffService staff;
    private final InstructionService instructions;
    private final Clock clock;
    private final StapwijsProperties properties;

    public DemoCoaching(CoachingService coaching, LevelService levels, LogService log, ObservationService observations,
            StaffService staff, InstructionService instructions, Clock clock, StapwijsProperties properties) {
        this.coaching = coaching;
        this.levels = levels;
        this.log = log;
        this.observations = observations;
        this.staff = staff;
        this.instructions = instructions;
        this.clock = clock;
        this.properties = properties;
    }

    void seed(Map<String, Long> workerIds) {
        Viewer coach = staff.viewer("coach").orElseThrow();
        Viewer supervisor = staff.viewer("begeleider").orElseThrow();
        Map<String, Long> tasks = instructions.tasks().stream().collect(Collectors.toMap(Task::code, Task::id));
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));

        long fatima = workerIds.get("P-1001");
        levels.setSkill(coach, fatima, tasks.get("LAMP"), SkillLevel.INDEPENDENT, "Monteert zelfstandig, controleert zelf.");
        levels.setSkill(coach, fatima, tasks.get("STEKKER"), SkillLevel.SUPERVISED, null);
        levels.setSupport(coach, fatima, tasks.get("STEKKER"), SupportLevel.STEPS_ON_REQUEST, "Kent de stappen grotendeels.");
        long lampGoal = coaching.addGoal(coach, fatima, new NewGoal("Ik monteer lampen zonder hulp.", today.minusWeeks(1),
                List.of(tasks.get("LAMP")), List.of(Tag.ZELFSTANDIGHEID)));
        coaching.setGoalStatus(coach, fatima, lampGoal, GoalStatus.REACHED);
        coaching.addGoal(coach, fatima, new NewGoal("Ik leer stekkers monteren.", today.plusMonths(2),
                List.of(tasks.get("STEKKER")), List.of()));
        coaching.addReview(coach, fatima, today.minusMonths(2), "Gaat goed; wil meer variatie in het werk.",
                "Fatima leert een tweede taak: stekkers.");
        coaching.addLadderSnapshot(coach, fatima, Rung.PAID_WORK_WITH_SUPPORT, today.minusMonths(8), null);
        note(coach, fatima, today.minusDays(9), "Fatima vroeg zelf om een nieuwe taak. Goed initiatief.",
                "Je vroeg zelf om nieuw werk. Goed gedaan!", Visibility.WORKER, Tag.ZELFSTANDIGHEID, Tag.WERKHOUDING);
        note(supervisor, fatima, today.minusDays(4), "Helpt Jan met het klaarleggen van onderdelen.", null,
                Visibility.SUPERVISOR, Tag.SAMENWERKEN);

        long olena = workerIds.get("P-1003");
        levels.setSkill(coach, olena, tasks.get("LAMP"), SkillLevel.SUPERVISED, "Schroeven gaat nog lastig.");
        coaching.addGoal(coach, olena, new NewGoal("Ik draai de schroeven zelf goed vast.", today.plusMonths(1),
                List.of(tasks.get("LAMP")), List.of(Tag.KWALITEIT)));
        coaching.addReview(coach, olena, today.minusMonths(4), "Went goed aan het werk.", "Oefenen met stap 3 (schroeven).");
        coaching.addLadderSnapshot(coach, olena, Rung.UNPAID_WORK, today.minusMonths(10), "Vrijwilligerswerk.");
        coaching.addLadderSnapshot(coach, olena, Rung.PAID_WORK_WITH_SUPPORT, today.minusMonths(2), "Start met LKS.");
        note(coach, olena, today.minusDays(12), "Taal is soms een drempel; de Oekraïense stappen helpen.", null,
                Visibility.COACH, Tag.ZELFSTANDIGHEID);

        long sanne = workerIds.get("P-1005");
        levels.setSkill(coach, sanne, tasks.get("VOUWEN"), SkillLevel.INDEPENDENT, null);
        levels.setSkill(coach, sanne, tasks.get("ZAKJES"), SkillLevel.LEARNING, null);
        levels.setSupport(coach, sanne, tasks.get("ZAKJES"), SupportLevel.FULL_GUIDANCE, null);
        coaching.addGoal(coach, sanne, new NewGoal("Ik vouw 150 dozen op een dag.", today.plusMonths(1),
                List.of(tasks.get("VOUWEN")), List.of(Tag.TEMPO)));
        coaching.addGoal(coach, sanne, new NewGoal("Ik vraag hulp als ik iets niet weet.", today.minusDays(3),
                List.of(), List.of(Tag.SAMENWERKEN)));
        coaching.addReview(coach, sanne, today.minusMonths(1), "Tempo gaat omhoog. Trots op haar werk.",
                "Sanne probeert de groepsdetachering bij de bakkerij.");
        coaching.addLadderSnapshot(coach, sanne, Rung.UNPAID_WORK, today.minusMonths(7), null);
        coaching.addLadderSnapshot(coach, sanne, Rung.PAID_WORK_WITH_SUPPORT, today.minusMonths(1), null);
        coaching.addPlacement(coach, sanne, PlacementKind.GROUP_DETACHERING, "Bakkerij Van Dam", today.minusWeeks(3), null);
        note(coach, sanne, today.minusDays(6), "Sanne vouwt sneller en maakt minder fouten.",
                "Je vouwt sneller. En bijna zonder fouten!", Visibility.WORKER, Tag.TEMPO, Tag.KWALITEIT);

        long lisa = workerIds.get("P-1008");
        levels.setSkill(coach, lisa, tasks.get("VOUWEN"), SkillLevel.LEARNING, null);
        coaching.addGoal(coach, lisa, new NewGoal("Ik vouw de flappen in de goede volgorde.", today.plusMonths(2),
                List.of(tasks.get("VOUWEN")), List.of()));
        coaching.addLadderSnapshot(coach, lisa, Rung.PAID_WORK_WITH_SUPPORT, today.minusMonths(5), null);
        note(coach, lisa, today.minusDays(2), "Stap 3 (flappen) blijft lastig; samen met de begeleider oefenen.", null,
                Visibility.SUPERVISOR, Tag.KWALITEIT);
        note(coach, lisa, today.minusDays(1), "Lisa zegt dat ze het werk fijn vindt en graag blijft.",
                "Je vindt je werk fijn. Dat is mooi!", Visibility.WORKER, Tag.WELZIJN);

        LocalDate thisWeek = observations.weekOf(clock.instant());
        observations.generate(thisWeek.minusWeeks(1));
        observations.generate(thisWeek);
    }

    private void note(Viewer author, long worker, LocalDate day, String text, String forWorker, Visibility visibility,
            Tag... tags) {
        log.add(author, worker, new NewLogEntry(day, text, forWorker, visibility, Set.of(tags), List.of()));
    }
}
