package nl.stapwijs.base;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a request comes from the machine itself. A Pi in the station role trusts its own
 * kiosk browser and its technician at the screen this way, and nobody on the network.
 */
public final class LocalRequests {

    private LocalRequests() {
    }

    public static boolean fromThisMachine(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return false;
        }
        // Only address literals: getByName parses those without a lookup, so DNS cannot fool this.
        if (!remoteAddress.matches("[0-9.]+|[0-9a-fA-F:.%\\[\\]]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A request on a Pi in the station role from the Pi itself. */
    public static boolean onThisStation(StapwijsProperties properties, String remoteAddress) {
        return properties.role() == DeploymentRole.STATION && fromThisMachine(remoteAddress);
    }
}
