package nl.stapwijs.production;

import java.util.List;

/** What an order sheet scanned at a station means there. */
public sealed interface OrderAtStation {

    /** No order has this code (here: a station knows its site's open orders only). */
    record Unknown() implements OrderAtStation {
    }

    /** A supervisor closed it: no more work on it. */
    record Closed(CustomerOrder order) implements OrderAtStation {
    }

    /** Another team or station makes it, or this station offers none of its tasks. */
    record Elsewhere(CustomerOrder order) implements OrderAtStation {
    }

    /** It may start here, through one of these tasks of this station. */
    record Startable(CustomerOrder order, List<Long> taskIds) implements OrderAtStation {
    }
}
