package io.journeyboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The kernel's view of a real loopback connection, before and after its client leaves. */
class ClientConnectionTest {

    @Test
    void aConnectionIsGoneOnceItsClientClosesItAndNotBefore() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "the kernel's TCP table is read on Linux only");
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
            try (Socket accepted = listener.accept()) {
                InetSocketAddress server = (InetSocketAddress) accepted.getLocalSocketAddress();
                InetSocketAddress remote = (InetSocketAddress) accepted.getRemoteSocketAddress();

                boolean goneWhileOpen = ClientConnection.gone(server, remote);
                client.close();
                boolean goneAfterClose = false;
                for (int i = 0; i < 50 && !goneAfterClose; i++) {
                    goneAfterClose = ClientConnection.gone(server, remote);
                    Thread.sleep(20);
                }

                assertThat(goneWhileOpen).isFalse();
                assertThat(goneAfterClose).isTrue();
            }
        }
    }
}
