/**
 * The station's devices in the station's own words: a panel of inputs (help button, count
 * pedal, light barrier) and signals (stack light, buzzer), and scan sources. The station
 * runtime only ever sees these interfaces; Pi4J, serial, evdev and the demo simulator are
 * implementations behind them.
 */
package nl.stapwijs.hardware;
