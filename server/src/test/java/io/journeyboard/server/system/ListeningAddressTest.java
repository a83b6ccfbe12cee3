package io.journeyboard.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyboard.server.ServerConfig;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the server listens, and the session cookie's Secure flag behind TLS. */
class ListeningAddressTest {

    @Test
    void byDefaultTheServerAnswersOnlyOnThisMachine(@TempDir Path data) {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
        try (Backend backend = Backend.h2(data)) {
            TestServer server = backend.start();

            assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
            assertThat(connects(
                            InetAddress.getLoopbackAddress(), server.server().port()))
                    .isTrue();
            assertThatThrownBy(() -> connect(network.get(), server.server().port()))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void withSecureCookiesTheSessionCookieIsSecure(@TempDir Path data) {
        try (Backend backend = Backend.h2(data)) {
            TestServer plain = backend.start();
            TestServer behindTls = backend.start(config -> config.withSecureCookies(true));

            Reply plainSignUp = plain.anonymous()
                    .post(
                            "/api/v1/auth/sign-up",
                            "{\"email\":\"a@example.org\",\"name\":\"A\",\"password\":\"" + TestServer.PASSWORD
                                    + "\"}");
            Reply secureSignUp = behindTls
                    .anonymous()
                    .post(
                            "/api/v1/auth/sign-up",
                            "{\"email\":\"b@example.org\",\"name\":\"B\",\"password\":\"" + TestServer.PASSWORD
                                    + "\"}");

            assertThat(plainSignUp.header("Set-Cookie")).contains("HttpOnly").doesNotContain("Secure");
            assertThat(secureSignUp.header("Set-Cookie")).contains("HttpOnly", "; Secure");
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try {
            connect(address, port);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }

    private static Optional<InetAddress> networkAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(ListeningAddressTest::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
