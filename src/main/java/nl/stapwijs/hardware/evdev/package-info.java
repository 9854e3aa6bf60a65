/**
 * USB scanners in keyboard mode, read straight from Linux evdev (struct input_event) with an
 * exclusive grab, so that the browser never sees their keys. Why the grab goes through a small
 * Python script is explained in {@link nl.stapwijs.hardware.evdev.GrabbedDevice}.
 */
package nl.stapwijs.hardware.evdev;
