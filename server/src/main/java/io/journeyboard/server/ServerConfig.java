package io.journeyboard.server;

import io.journeyboard.server.dataset.DatasetLimits;
import io.journeyboard.server.invitation.SmtpSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything an operator can set when starting a server.
 *
 * @param host            the address to listen on: {@link #LOOPBACK} (this machine only) unless the operator opens it
 * @param port            the TCP port; 0 picks a free one
 * @param dataDir         where the embedded database lives when {@code dbUrl} is null
 * @param dbUrl           a JDBC URL of a PostgreSQL database, or null for the embedded one
 * @param maxRequestBytes larger request bodies are refused with 413
 * @param passwordCost    the bcrypt cost factor (each step doubles the work)
 * @param loginFailures   failed sign-ins allowed per account and per address within {@code loginWindow}
 * @param shutdownGrace   how long a stop waits for writes in flight
 * @param secureCookies   mark cookies Secure (set when clients reach the server over HTTPS, e.g. through a TLS proxy)
 * @param demoOnFirstStart create the demo account and workspace when the database has no accounts
 * @param connectionsPerAddress open connections one client address may hold; 0 for no limit (behind a
 *                        reverse proxy every client has the proxy's address, and the proxy limits each client)
 * @param openSignUp      anyone reaching the server may sign up; when false only the first account and invited
 *                        people may
 * @param smtp            where invitation e-mails are sent, or null when none is configured (the link is shown
 *                        to copy)
 * @param datasetLimits   how much event data each workspace may hold
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        String dbUrl,
        long maxRequestBytes,
        int passwordCost,
        int loginFailures,
        Duration loginWindow,
        Duration shutdownGrace,
        boolean secureCookies,
        boolean demoOnFirstStart,
        int connectionsPerAddress,
        boolean openSignUp,
        SmtpSettings smtp,
        DatasetLimits datasetLimits) {

    /**
     * The default host: a fresh install answers only on this machine, where the plain-HTTP session
     * cookie cannot be read off the network. Serving others means choosing to: a TLS proxy in front,
     * {@code --host 0.0.0.0} and Secure cookies.
     */
    public static final String LOOPBACK = "127.0.0.1";

    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATA_DIR = Path.of("journeyboard-data");
    public static final int DEFAULT_CONNECTIONS_PER_ADDRESS = 64;

    /** The settings of {@code journeyboard serve} without options. */
    public static ServerConfig defaults() {
        return new ServerConfig(
                LOOPBACK,
                DEFAULT_PORT,
                DEFAULT_DATA_DIR,
                null,
                4L * 1024 * 1024,
                11,
                5,
                Duration.ofMinutes(10),
                Duration.ofSeconds(20),
                false,
                true,
                DEFAULT_CONNECTIONS_PER_ADDRESS,
                false,
                null,
                DatasetLimits.DEFAULT);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(
                host,
                newPort,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withDataDir(Path newDataDir) {
        return new ServerConfig(
                host,
                port,
                newDataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withDbUrl(String newDbUrl) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                newDbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withMaxRequestBytes(long newMax) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                newMax,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withPasswordCost(int newCost) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                newCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withLoginFailures(int newLimit) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                newLimit,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withDemoOnFirstStart(boolean create) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                create,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(
                newHost,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withSecureCookies(boolean secure) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secure,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withConnectionsPerAddress(int newLimit) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                newLimit,
                openSignUp,
                smtp,
                datasetLimits);
    }

    public ServerConfig withOpenSignUp(boolean open) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                open,
                smtp,
                datasetLimits);
    }

    public ServerConfig withSmtp(SmtpSettings newSmtp) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                newSmtp,
                datasetLimits);
    }

    public ServerConfig withDatasetLimits(DatasetLimits newLimits) {
        return new ServerConfig(
                host,
                port,
                dataDir,
                dbUrl,
                maxRequestBytes,
                passwordCost,
                loginFailures,
                loginWindow,
                shutdownGrace,
                secureCookies,
                demoOnFirstStart,
                connectionsPerAddress,
                openSignUp,
                smtp,
                newLimits);
    }
}
