package nl.stapwijs.production;

/** The journal's UNIT or REJECT quantity of one order, on one task, in one clock hour (epoch ms / 3,600,000). */
record OrderHourRow(long orderId, long taskId, long hour, String kind, long quantity) {
}
