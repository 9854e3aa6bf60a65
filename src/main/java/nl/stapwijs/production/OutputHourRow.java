package nl.stapwijs.production;

/** The journal's quantity per clock hour (epoch ms / 3,600,000), team, task and kind. */
record OutputHourRow(long hour, long teamId, long taskId, String kind, long quantity) {
}
