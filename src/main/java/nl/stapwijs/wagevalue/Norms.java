package nl.stapwijs.wagevalue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** All versions of the norms the calculator may use, looked up by task and moment. */
public final class Norms {

    private final List<Norm> versions;
    private final Map<Long, NavigableMap<Long, Norm>> byTask = new HashMap<>();

    public Norms(Collection<Norm> versions) {
        this.versions = List.copyOf(versions);
        for (Norm norm : this.versions) {
            Norm clash = byTask.computeIfAbsent(norm.taskId(), t -> new TreeMap<>())
                    .put(norm.effectiveFrom().toEpochMilli(), norm);
            if (clash != null) {
                throw new IllegalArgumentException("Two norm versions of task " + norm.taskId()
                        + " take effect at the same moment: v" + clash.version() + " and v" + norm.version());
            }
        }
    }

    public List<Norm> versions() {
        return versions;
    }

    /** A task's norm by its version number. */
    Norm version(long taskId, int version) {
        NavigableMap<Long, Norm> task = byTask.get(taskId);
        if (task != null) {
            for (Norm norm : task.values()) {
                if (norm.version() == version) {
                    return norm;
                }
            }
        }
        throw new IllegalArgumentException("Task " + taskId + " has no norm version " + version);
    }

    /** The version in force at a moment, or null while the task had no norm yet. */
    Norm inForce(long taskId, long epochMilli) {
        NavigableMap<Long, Norm> task = byTask.get(taskId);
        if (task == null) {
            return null;
        }
        Map.Entry<Long, Norm> entry = task.floorEntry(epochMilli);
        return entry == null ? null : entry.getValue();
    }

    /** The next moment after the given one at which the task's norm changes, or Long.MAX_VALUE. */
    long nextChange(long taskId, long epochMilli) {
        NavigableMap<Long, Norm> task = byTask.get(taskId);
        Long next = task == null ? null : task.higherKey(epochMilli);
        return next == null ? Long.MAX_VALUE : next;
    }
}
