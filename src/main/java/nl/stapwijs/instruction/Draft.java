package nl.stapwijs.instruction;

import java.util.List;

/**
 * What the editor works on: the task's saved draft, or, when there is none, a copy of the
 * published version to start a new draft from.
 *
 * @param saved   whether these steps are a saved draft (false: a copy of {@code basedOn}, not yet saved)
 * @param basedOn the published version this draft continues, 0 for a task never published
 */
public record Draft(long taskId, boolean saved, int basedOn, List<NewStep> steps) {

    public Draft {
        steps = List.copyOf(steps);
    }
}
