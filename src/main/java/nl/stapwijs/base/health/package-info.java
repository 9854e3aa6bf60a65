/**
 * Whether this process can serve a worker right now, answered at one URL
 * ({@code /health/ready}) that the kiosk browser waits for before it opens the station
 * screen and that the systemd watchdog polls while the station runs.
 */
package nl.stapwijs.base.health;
