package nl.stapwijs.production;

/** One row of order_task, order_team or order_station: an order and the id it points to. */
record OrderLink(long orderId, long targetId) {
}
