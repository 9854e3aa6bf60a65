package nl.stapwijs.hardware;

import nl.stapwijs.base.Subscription;

/**
 * The physical panel of a station: what a worker can press and what the station can show
 * or sound. The help button is a call for a person, never an emergency stop.
 */
public interface StationPanel {

    enum Input {
        /** The one big help button. */
        HELP,
        /** A foot pedal or push button that counts one unit. */
        COUNT_PEDAL,
        /** A light barrier that counts one unit each time something passes. */
        COUNT_BARRIER
    }

    enum Signal {
        /** Nothing to show: nobody signed in. */
        IDLE,
        /** Green: someone is working. */
        WORKING,
        /** Yellow, blinking: help has been asked for and not yet given. */
        HELP_WAITING,
        /** Red: the station is stopped (no material, machine down, no work). */
        DOWNTIME,
        /** A unit was counted: one short beep. */
        CONFIRMED,
        /** A scan was refused: two low beeps. */
        REFUSED
    }

    Subscription onPressed(Input input, Runnable action);

    void show(Signal signal);
}
