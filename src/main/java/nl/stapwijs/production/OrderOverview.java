package nl.stapwijs.production;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order with everything the journal says about it: the output of the tasks that make its
 * product (what counts towards the quantity), every task's own output, and the forecast.
 *
 * @param output     good units and rejects per clock hour of the finishing tasks, oldest first
 * @param perTask    task id → good units on that task for this order (intermediate tasks included)
 * @param startedAt  the order's first journal event, or null
 */
public record OrderOverview(CustomerOrder order, Product product, OrderForecast forecast, long rejects,
        List<HourlyOutput> output, Map<Long, Long> perTask, Instant startedAt) {
}
