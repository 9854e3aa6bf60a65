package nl.stapwijs.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a customer ordered: a quantity of one product by a due date, made through one or more
 * tasks, by the assigned teams or stations (by any station offering one of its tasks when
 * none are assigned).
 *
 * @param code     printed on the order sheet and scanned at a station to work on the order
 * @param quantity in the product's unit, as the journal's units count it
 */
public record CustomerOrder(
        long id,
        String code,
        String customer,
        String reference,
        long productId,
        int quantity,
        LocalDate dueDate,
        OrderStatus status,
        String note,
        String createdBy,
        Instant createdAt,
        List<Long> taskIds,
        List<Long> teamIds,
        List<Long> stationIds) {

    public CustomerOrder {
        taskIds = List.copyOf(taskIds);
        teamIds = List.copyOf(teamIds);
        stationIds = List.copyOf(stationIds);
    }

    public boolean isOpen() {
        return status == OrderStatus.OPEN;
    }

    public boolean isAssigned() {
        return !teamIds.isEmpty() || !stationIds.isEmpty();
    }
}
