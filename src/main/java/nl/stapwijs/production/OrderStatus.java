package nl.stapwijs.production;

/** Whether a customer order can still be worked on. Done is not a status: the journal says when it is done. */
public enum OrderStatus {
    OPEN,
    /** A supervisor closed it (delivered, cancelled); stations no longer start it. */
    CLOSED
}
