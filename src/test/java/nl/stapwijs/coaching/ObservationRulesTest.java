package nl.stapwijs.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import org.junit.jupiter.api.Test;

/** Each rule fires on the pattern it looks for in a generated journal, and stays quiet on noise. */
class ObservationRulesTest {

    static final long WORKER = 5;
    static final long TASK = 3;
    static final long VERSION = 7;
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    static final BigDecimal NORM = new BigDecimal("0.98");
    /** Steps on request since long before the journal starts: the fading-support rule has nothing to say. */
    static final List<SupportChange> LEVEL_2_ALL_ALONG = List.of(new SupportChange(WORKER, TASK,
            SupportLevel.STEPS_ON_REQUEST, "coach", Instant.parse("2026-09-01T08:00:00Z"), null));

    @Test
    void tempo_up_by_a_quarter_over_four_weeks_is_a_signal() {
        GeneratedJournal journal = new GeneratedJournal(WORKER, 1);
        for (int week = 3; week >= 1; week--) {
            fourDays(journal, MONDAY.minusWeeks(week), GeneratedJournal.session(TASK, VERSION, 120, 0));
        }
        fourDays(journal, MONDAY, GeneratedJournal.session(TASK, VERSION, 150, 0));

        List<Finding> findings = findings(journal, LEVEL_2_ALL_ALONG);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ObservationRule.TEMPO_UP);
            assertThat(f.subject()).isEqualTo("task:" + TASK);
            assertThat(f.figures()).containsEntry("percent", "25").containsEntry("weeks", "4")
                    .containsEntry("beforeUnits", "480").containsEntry("afterUnits", "600");
        });
    }

    @Test
    void four_ordinary_weeks_raise_nothing() {
        GeneratedJournal journal = new GeneratedJournal(WORKER, 42);
        for (int week = 3; week >= 0; week--) {
            for (int day = 0; day < 4; day++) {
                journal.on(MONDAY.minusWeeks(week).plusDays(day), journal.noisy(TASK, VERSION, 45, 0.012, 0.04));
            }
        }

        assertThat(findings(journal, LEVEL_2_ALL_ALONG)).isEmpty();
    }

    @Test
    void ten_sessions_at_full_guidance_without_help_suggest_steps_on_request() {
        GeneratedJournal journal = new GeneratedJournal(WORKER, 2);
        tenSessions(journal, List.of());

        List<Finding> findings = findings(journal, List.of());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ObservationRule.NO_HELP_AT_FULL_SUPPORT);
            assertThat(f.figures()).containsEntry("sessions", "10").containsEntry("suggested", "2");
            assertThat(f.evidence()).containsExactlyInAnyOrderElementsOf(journal.sessionIds());
        });
    }

    @Test
    void one_help_call_in_the_ten_sessions_or_a_level_already_lowered_is_no_signal() {
        GeneratedJournal withHelp = new GeneratedJournal(WORKER, 3);
        tenSessions(withHelp, List.of(6));
        GeneratedJournal lowered = new GeneratedJournal(WORKER, 4);
        tenSessions(lowered, List.of());
        List<SupportChange> toLevel2 = List.of(new SupportChange(WORKER, TASK, SupportLevel.STEPS_ON_REQUEST, "coach",
                Instant.parse("2026-11-18T12:00:00Z"), null));

        assertThat(findings(withHelp, List.of())).extracting(Finding::rule).doesNotContain(ObservationRule.NO_HELP_AT_FULL_SUPPORT);
        assertThat(findings(lowered, toLevel2)).isEmpty();
    }

    @Test
    void three_help_calls_from_step_4_this_week_point_at_that_step() {
        GeneratedJournal journal = new GeneratedJournal(WORKER, 5);
        for (int day = 0; day < 3; day++) {
            journal.on(MONDAY.plusDays(day), GeneratedJournal.session(TASK, VERSION, 120, 0).withHelpFrom(4));
        }

        List<Finding> findings = findings(journal, List.of());

        List<String> helpCalls = journal.events().stream().filter(e -> e.kind() == EventKind.HELP_REQUESTED)
                .map(e -> e.id().toString()).toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ObservationRule.HELP_FROM_STEP);
            assertThat(f.subject()).isEqualTo("version:" + VERSION + ":step:4");
            assertThat(f.figures()).containsEntry("calls", "3").containsEntry("step", "4");
            assertThat(f.evidence()).containsExactlyElementsOf(helpCalls);
        });
    }

    @Test
    void help_calls_from_different_steps_or_spread_over_weeks_are_no_signal() {
        GeneratedJournal spread = new GeneratedJournal(WORKER, 6);
        spread.on(MONDAY, GeneratedJournal.session(TASK, VERSION, 120, 0).withHelpFrom(2));
        spread.on(MONDAY.plusDays(1), GeneratedJournal.session(TASK, VERSION, 120, 0).withHelpFrom(4));
        spread.on(MONDAY.plusDays(2), GeneratedJournal.session(TASK, VERSION, 120, 0).withHelpFrom(5));
        GeneratedJournal overWeeks = new GeneratedJournal(WORKER, 7);
        overWeeks.on(MONDAY.minusDays(3), GeneratedJournal.session(TASK, VERSION, 120, 0).withHelpFrom(4));
        overWeeks.on(MONDAY, GeneratedJournal.session(TASK, VERSION, 120, 0).withHelpFrom(4));
        overWeeks.on(MONDAY.plusDays(1), GeneratedJournal.session(TASK, VERSION, 120, 0).withHelpFrom(4));

        assertThat(findings(spread, List.of())).isEmpty();
        assertThat(findings(overWeeks, List.of())).isEmpty();
    }

    @Test
    void quality_that_drops_below_the_norm_with_a_new_instruction_version_is_a_signal() {
        GeneratedJournal journal = qualityAcrossVersions(2, 16);

        List<Finding> findings = findings(journal, LEVEL_2_ALL_ALONG);

        ProductionEvent firstOnNewVersion = journal.events().stream()
                .filter(e -> e.kind() == EventKind.SESSION_STARTED && e.instructionVersion() == VERSION + 1)
                .findFirst().orElseThrow();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ObservationRule.QUALITY_BELOW_NORM);
            assertThat(f.subject()).isEqualTo("task:" + TASK + ":version:" + (VERSION + 1));
            assertThat(f.figures()).containsEntry("norm", "98.0").containsEntry("beforeQuality", "99.0")
                    .containsEntry("afterQuality", "92.0").containsEntry("since", MONDAY.minusWeeks(1).toString())
                    .containsEntry("afterRejects", "128");
            assertThat(f.evidence().get(0)).isEqualTo(firstOnNewVersion.id().toString());
            assertThat(f.evidence()).hasSize(21);
        });
    }

    @Test
    void quality_at_the_norm_on_both_versions_already_low_before_or_without_a_norm_is_no_signal() {
        GeneratedJournal atNorm = new GeneratedJournal(WORKER, 8);
        for (int week = 3; week >= 0; week--) {
            for (int day = 0; day < 4; day++) {
                atNorm.on(MONDAY.minusWeeks(week).plusDays(day),
                        atNorm.noisy(TASK, week >= 2 ? VERSION : VERSION + 1, 60, 0.015, 0));
            }
        }

        assertThat(findings(atNorm, LEVEL_2_ALL_ALONG)).isEmpty();
        assertThat(findings(qualityAcrossVersions(16, 16), LEVEL_2_ALL_ALONG)).isEmpty();
        assertThat(new QualityRule((task, at) -> Optional.empty()).find(week(qualityAcrossVersions(2, 16), List.of())))
                .isEmpty();
    }

    @Test
    void a_reject_or_two_above_what_the_norm_expects_is_not_clearly_below_it() {
        assertThat(QualityRule.clearlyBelow(196, 4, 0.98)).isFalse();
        assertThat(QualityRule.clearlyBelow(190, 10, 0.98)).isTrue();
        assertThat(QualityRule.clearlyBelow(48, 2, 0.98)).isFalse();
    }

    /** Two weeks on the old version, then two on the new one, four sessions of 200 a week. */
    private static GeneratedJournal qualityAcrossVersions(int rejectsBefore, int rejectsAfter) {
        GeneratedJournal journal = new GeneratedJournal(WORKER, 9);
        for (int week = 3; week >= 0; week--) {
            boolean old = week >= 2;
            int rejects = old ? rejectsBefore : rejectsAfter;
            fourDays(journal, MONDAY.minusWeeks(week),
                    GeneratedJournal.session(TASK, old ? VERSION : VERSION + 1, 200 - rejects, rejects));
        }
        return journal;
    }

    private static void fourDays(GeneratedJournal journal, LocalDate monday, GeneratedJournal.Session session) {
        for (int day = 0; day < 4; day++) {
            journal.on(monday.plusDays(day), session);
        }
    }

    /** Ten sessions over the week before and this one, the last on Wednesday. */
    private static void tenSessions(GeneratedJournal journal, List<Integer> helpInLast) {
        for (int i = 0; i < 10; i++) {
            LocalDate day = i < 7 ? MONDAY.minusWeeks(1).plusDays(i % 5) : MONDAY.plusDays(i - 7);
            GeneratedJournal.Session session = GeneratedJournal.session(TASK, VERSION, 100, 0);
            journal.on(day, i == 9 ? session.withHelpFrom(helpInLast.toArray(Integer[]::new)) : session);
        }
    }

    private static WorkerWeek week(GeneratedJournal journal, List<SupportChange> support) {
        return new WorkerWeek(WORKER, MONDAY, GeneratedJournal.ZONE, journal.events(), new SupportHistory(support));
    }

    /** Every rule over the week, as the weekly run applies them. */
    private static List<Finding> findings(GeneratedJournal journal, List<SupportChange> support) {
        WorkerWeek week = week(journal, support);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(new TempoRule(week).find(week));
        findings.addAll(new SupportRule().find(week));
        findings.addAll(new StepHelpRule().find(week));
        findings.addAll(new QualityRule((task, at) -> Optional.of(NORM)).find(week));
        return findings;
    }
}
