package nl.stapwijs.instruction;

/** A task as one worker sees it: in their language, or in Dutch where no translation exists. */
public record LocalizedTask(Task task, TaskText text) {

    public long id() {
        return task.id();
    }

    public String name() {
        return text.name();
    }

    public String units(long count) {
        return count == 1 ? text.unitOne() : text.unitMany();
    }
}
