package io.journeyboard.server.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection as it opens when its client address holds {@code max} open connections already,
 * so that one client cannot hold every connection. Behind a reverse proxy every client has the proxy's
 * address; the proxy then needs its own per-client limit, and this one caps the proxy.
 */
public final class ConnectionsPerAddress implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

    private final int max;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();

    public ConnectionsPerAddress(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = addressOf(connection);
        if (address == null) {
            return;
        }
        int count = open.merge(address, 1, Integer::sum);
        if (count > max) {
            if (count == max + 1) {
                LOG.warn("event=connection-limit address={} open={} note=\"connections beyond this are closed\"",
                        address.getHostAddress(), max);
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addressOf(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
        }
    }

    private static InetAddress addressOf(Connection connection) {
        return connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress socket
                ? socket.getAddress() : null;
    }
}
