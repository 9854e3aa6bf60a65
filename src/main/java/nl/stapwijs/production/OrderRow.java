package nl.stapwijs.production;

/** A customer_order row as stored: dates as ISO text, times as epoch milliseconds. */
record OrderRow(long id, String code, String customer, String reference, long productId, int quantity, String dueDate,
        String status, String note, String createdBy, long createdAt) {
}
