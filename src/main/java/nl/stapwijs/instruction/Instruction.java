package nl.stapwijs.instruction;

import java.util.List;

/** A published, immutable instruction version as a worker follows it. */
public record Instruction(long taskId, long versionId, int version, List<Step> steps) {

    public int size() {
        return steps.size();
    }

    public Step step(int position) {
        return steps.get(position - 1);
    }
}
