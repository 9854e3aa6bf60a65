/**
 * The station's devices in the station's own words: a panel of inputs (help button, count
 * pedal, light barrier) and signals (stack light, buzzer), and scan sources. The station
 * runtime only ever sees these interfaces, through {@link nl.stapwijs.hardware.StationHardware},
 * which adds the per-station light and buzzer switches and the technician's self-test. Pi4J,
 * serial, evdev and the demo simulator are implementations behind them; which one a station
 * gets is {@code stapwijs.hardware.*} (see hardware/README.md at the repository root).
 */
package nl.stapwijs.hardware;
