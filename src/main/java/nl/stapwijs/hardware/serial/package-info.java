/**
 * Scanners on a serial line (a TTL engine on the Pi's UART, or a USB scanner in virtual-COM
 * mode), read with jSerialComm and cut into codes at the configured terminator. The only
 * package that uses jSerialComm.
 */
package nl.stapwijs.hardware.serial;
