/**
 * The station panel on a Raspberry Pi's GPIO header, and the only package that uses Pi4J:
 * one small class per physical part, all built from one explicitly created Pi4J context with
 * the GpioD providers. Pins come from {@code stapwijs.hardware.gpio.*}; hardware/pinmap.md
 * at the repository root shows how each part is wired.
 */
package nl.stapwijs.hardware.pi4j;
