package io.journeyboard.cli.backup;

import io.journeyboard.cli.serve.ServeCommand;
import io.journeyboard.server.ServerConfig;
import io.journeyboard.server.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which store a backup or restore works on: the embedded database of a data directory, or PostgreSQL. */
final class StoreOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}).")
    Path data = ServerConfig.DEFAULT_DATA_DIR;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC_URL",
            description = "A PostgreSQL JDBC URL instead of --data (default: $" + ServeCommand.DB_URL_VARIABLE + ").")
    String dbUrl;

    /** The PostgreSQL URL from the option or the environment, or null for the embedded database. */
    String postgresUrl() {
        String url = dbUrl != null ? dbUrl : System.getenv(ServeCommand.DB_URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    Database postgres() {
        return Database.at(postgresUrl());
    }
}
