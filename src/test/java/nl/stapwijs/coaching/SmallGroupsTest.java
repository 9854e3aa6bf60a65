package nl.stapwijs.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Groups of fewer than five people are never shown, nor worked out from the totals beside them. */
class SmallGroupsTest {

    @Test
    void a_cell_of_one_to_four_people_is_hidden_and_five_or_none_are_shown() {
        SmallGroups.Hidden hidden = SmallGroups.of(new long[][] {{1, 4, 5, 0, 12}});

        assertThat(hidden.cells()[0]).containsExactly(true, true, false, false, false);
    }

    @Test
    void a_total_that_would_give_a_hidden_cell_away_by_subtraction_is_hidden_too() {
        // Row 0: 6 and 2; its total 8 minus the 6 shown would be the 2.
        SmallGroups.Hidden hidden = SmallGroups.of(new long[][] {{6, 2}, {6, 6}});

        assertThat(hidden.cells()[0]).containsExactly(false, true);
        assertThat(hidden.rows()).containsExactly(true, false);
        assertThat(hidden.columns()).containsExactly(false, true);
        // The grand total minus row 1 would be row 0's total again, and so the 2.
        assertThat(hidden.grand()).isTrue();
    }

    @Test
    void a_total_whose_hidden_cells_together_are_five_or_more_people_may_be_shown() {
        SmallGroups.Hidden hidden = SmallGroups.of(new long[][] {{6, 2, 3}, {6, 6, 7}, {5, 3, 4}});

        assertThat(hidden.rows()).containsExactly(false, false, false);
        assertThat(hidden.columns()).containsExactly(false, false, false);
        assertThat(hidden.grand()).isFalse();
    }

    @Test
    void a_whole_small_workshop_shows_only_its_grand_total() {
        SmallGroups.Hidden hidden = SmallGroups.of(new long[][] {{2, 1, 1}, {1, 2, 1}, {1, 1, 1}});

        assertThat(hidden.rows()).containsOnly(true);
        assertThat(hidden.columns()).containsOnly(true);
        assertThat(hidden.grand()).isFalse();
    }

    @Test
    void a_tiny_workshop_shows_nothing_at_all() {
        SmallGroups.Hidden hidden = SmallGroups.of(new long[][] {{2, 1}, {0, 1}});

        assertThat(hidden.grand()).isTrue();
    }
}
