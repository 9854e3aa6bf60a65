package nl.stapwijs.production;

import java.time.LocalDate;
import java.util.List;

/** What a supervisor fills in for a new order or a change to one. */
public record OrderDraft(
        String customer,
        String reference,
        Long productId,
        int quantity,
        LocalDate dueDate,
        String note,
        List<Long> taskIds,
        List<Long> teamIds,
        List<Long> stationIds) {

    public OrderDraft {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
        stationIds = stationIds == null ? List.of() : List.copyOf(stationIds);
    }

    public static OrderDraft of(CustomerOrder order) {
        return new OrderDraft(order.customer(), order.reference(), order.productId(), order.quantity(), order.dueDate(),
                order.note(), order.taskIds(), order.teamIds(), order.stationIds());
    }
}
