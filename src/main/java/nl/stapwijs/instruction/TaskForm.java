package nl.stapwijs.instruction;

import java.util.List;

/**
 * A task as a supervisor creates or edits it.
 *
 * @param code      short and unique, e.g. {@code VOUWEN}; fixed once created (the journal and exports name it)
 * @param productId what a scan at this task should be, or null for tasks counted by a pedal or by hand
 * @param texts     the task's name and unit words per language, Dutch required
 * @param stations  the codes of the stations that offer this task
 */
public record TaskForm(String code, long siteId, Long productId, String pictogram, List<TaskText> texts,
        List<String> stations) {

    public TaskForm {
        texts = List.copyOf(texts);
        stations = List.copyOf(stations);
    }
}
