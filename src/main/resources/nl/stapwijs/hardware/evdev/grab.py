# Reads a Linux input device with an exclusive grab (EVIOCGRAB) and copies its raw
# input_event structs to stdout, for Stapwijs's EvdevScanner. While this runs, no other
# program (not the desktop, not Chromium) sees the scanner's key presses. The grab ends
# when this process ends, which it does as soon as Stapwijs closes the pipe.
import fcntl
import os
import sys

EVIOCGRAB = 0x40044590  # _IOW('E', 0x90, int) from linux/input.h

device = os.open(sys.argv[1], os.O_RDONLY)
fcntl.ioctl(device, EVIOCGRAB, 1)
try:
    while True:
        events = os.read(device, 24 * 64)
        if not events:
            break
        os.write(1, events)
except BrokenPipeError:
    pass
