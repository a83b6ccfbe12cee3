package io.journeyboard.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Whether the client of a request has gone, asked while the server computes an answer without
 * reading or writing (a large export), and before it commits work the client will never hear of
 * (an import). Jetty notices a closed connection only on its next read or
 * write, so the kernel's table of TCP connections is asked instead: a connection the client closed
 * is in CLOSE_WAIT, or no longer listed after a reset. Where that table cannot be read (not Linux),
 * a client never counts as gone and the work's own limits bound it.
 */
public final class ClientConnection {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";
    private static final long CHECK_EVERY_NANOS = 100_000_000L;
    private static final ClientConnection UNKNOWN = new ClientConnection(null, null, null);

    private final EndPoint endPoint;
    private final InetSocketAddress server;
    private final InetSocketAddress client;

    private ClientConnection(EndPoint endPoint, InetSocketAddress server, InetSocketAddress client) {
        this.endPoint = endPoint;
        this.server = server;
        this.client = client;
    }

    /** The connection {@code ctx} arrived on; one that cannot be told (not a TCP request) is never gone. */
    public static ClientConnection of(Context ctx) {
        Request request = Request.getBaseRequest(ctx.req());
        if (request == null || request.getHttpChannel() == null) {
            return UNKNOWN;
        }
        EndPoint endPoint = request.getHttpChannel().getEndPoint();
        if (!(endPoint.getLocalSocketAddress() instanceof InetSocketAddress server)
                || !(endPoint.getRemoteSocketAddress() instanceof InetSocketAddress client)) {
            return UNKNOWN;
        }
        return new ClientConnection(endPoint, server, client);
    }

    /** No connection: a caller without a client (start-up work), which is never gone. */
    public static ClientConnection none() {
        return UNKNOWN;
    }

    /** A check that answers true once the client of {@code ctx} has closed or reset its connection; cheap to call. */
    public static BooleanSupplier goneCheck(Context ctx) {
        return of(ctx).throttledCheck();
    }

    /**
     * Whether the client has closed or reset the connection, asked now: Jetty's own view first, then the
     * kernel's. Costs a read of the kernel's table; call it before an irreversible step such as a commit.
     */
    public boolean gone() {
        if (endPoint == null) {
            return false;
        }
        return !endPoint.isOpen() || gone(server, client);
    }

    /** {@link #gone()}, asked at most every 100 ms however often it is called; once gone, always gone. */
    public BooleanSupplier throttledCheck() {
        return new BooleanSupplier() {
            private long nextCheck = System.nanoTime();
            private boolean gone;

            @Override
            public boolean getAsBoolean() {
                long now = System.nanoTime();
                if (!gone && now - nextCheck >= 0) {
                    gone = gone();
                    nextCheck = now + CHECK_EVERY_NANOS;
                }
                return gone;
            }
        };
    }

    /** Whether the kernel lists the connection from {@code client} to {@code server} as no longer open. */
    static boolean gone(InetSocketAddress server, InetSocketAddress client) {
        boolean anyTableRead = false;
        for (Path table : TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException | SecurityException e) {
                continue;
            }
            anyTableRead = true;
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length > 3 && matches(fields[1], server) && matches(fields[2], client)) {
                    return !fields[3].equals(ESTABLISHED);
                }
            }
        }
        return anyTableRead;
    }

    /** {@code hex} is a table's {@code ADDRESS:PORT}: the address in 32-bit words of host (little-endian) order. */
    private static boolean matches(String hex, InetSocketAddress address) {
        int colon = hex.indexOf(':');
        if (colon < 0 || Integer.parseInt(hex.substring(colon + 1), 16) != address.getPort()) {
            return false;
        }
        byte[] bytes = HexFormat.of().parseHex(hex.substring(0, colon));
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swap = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swap;
            }
        }
        try {
            // an IPv4-mapped IPv6 address comes back as the IPv4 one, as Java reports it
            return InetAddress.getByAddress(bytes).equals(address.getAddress());
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
