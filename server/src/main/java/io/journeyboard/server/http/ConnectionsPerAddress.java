package io.journeyboard.server.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection as it opens when its client address holds {@code max} open connections already,
 * so that one client cannot hold every connection. The open connections are counted from the
 * connector's own list of connected end points each time, never kept in a counter of our own, so a
 * close that goes unreported cannot lock an address out for good. Behind a reverse proxy every client
 * has the proxy's address; the proxy then needs its own per-client limit, and this one caps the proxy.
 */
public final class ConnectionsPerAddress implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

    private final int max;
    private final Connector connector;

    public ConnectionsPerAddress(int max, Connector connector) {
        this.max = max;
        this.connector = connector;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = addressOf(connection.getEndPoint());
        if (address == null) {
            return;
        }
        long open = connector.getConnectedEndPoints().stream()
                .filter(endPoint -> address.equals(addressOf(endPoint)))
                .count();
        if (open > max) {
            if (open == max + 1) {
                LOG.warn(
                        "event=connection-limit address={} open={} note=\"connections beyond this are closed\"",
                        address.getHostAddress(),
                        max);
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        // nothing to count down: onOpened counts the connector's open end points
    }

    private static InetAddress addressOf(EndPoint endPoint) {
        return endPoint.getRemoteSocketAddress() instanceof InetSocketAddress socket ? socket.getAddress() : null;
    }
}
