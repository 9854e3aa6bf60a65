package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * A norm proposed from the journal of the company's own regular workers (method HISTORICAL),
 * with the sample it rests on, so the supervisor sees who and how much before setting it. Made
 * so that a worker exactly like the sample scores tempo 100 %, K 100 % and N 100 %: net
 * productive time per unit produced, the sample's usable share, its instruction time per
 * productive hour.
 *
 * @param secondsPerUnit null when the sample produced nothing
 */
public record NormProposal(long taskId, Period period, BigDecimal secondsPerUnit, BigDecimal qualityNorm,
        BigDecimal instructionAllowance, long produced, List<Sample> sample) {

    /** One sampled worker's share of the evidence. */
    public record Sample(long workerId, String name, int days, Duration productive, Duration instruction, long good,
            long rejects) {

        public long produced() {
            return good + rejects;
        }
    }
}
