/**
 * The worker's station: a runtime per station that ties badge, task, instruction steps,
 * hardware and journal together, and the kiosk screens that show it. It owns no tables:
 * its state is rebuilt from the journal after a restart.
 */
package nl.stapwijs.station;
