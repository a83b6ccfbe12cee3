package io.journeyboard.cli.analyze;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Runs the report as the Spark job of module {@code spark}, in a child JVM on this machine: Spark stays out of
 * this jar and out of this JVM (Spark 4's Hadoop client does not run on Java 25). The job jar and Spark's jars
 * are found in {@code JOURNEYBOARD_SPARK_HOME} or, in a source checkout, in {@code spark/target}; the Java is
 * the first of 17 to 24 in {@code SPARK_JAVA_HOME}, {@code JAVA_HOME} or the usual JVM folders, as
 * {@code tools/spark-jdk/bin/java} finds it for the tests.
 */
final class SparkEngine {

    private static final List<String> OPENS =
            List.of("java.lang", "java.util", "java.nio", "sun.nio.ch", "java.lang.invoke");
    private static final String BUILD_HINT = "build it with './mvnw -pl spark -am package -DskipTests' "
            + "(it puts the job and Spark's jars in spark/target) or set JOURNEYBOARD_SPARK_HOME to that folder";

    private SparkEngine() {}

    /** Runs the job with {@code jobArguments} (LOG first), its output and errors on ours; returns its exit status. */
    static int run(List<String> jobArguments) throws IOException, InterruptedException {
        Path home = sparkHome();
        Path jar = home.resolve("journeyboard-spark.jar");
        Path libs = home.resolve("spark-libs");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(libs)) {
            throw new IllegalArgumentException(
                    "the Spark engine is not built (no " + jar + " with spark-libs/ beside " + "it); " + BUILD_HINT);
        }
        Path java = sparkJava()
                .orElseThrow(() -> new IllegalArgumentException("the Spark engine needs Java 17 to 24 "
                        + "(Spark 4 does not run on 25) and none was found in SPARK_JAVA_HOME, JAVA_HOME or /usr/lib/jvm; "
                        + "install one (e.g. 'apt-get install openjdk-17-jdk') or set SPARK_JAVA_HOME"));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx2g"));
        OPENS.forEach(p -> command.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
        command.add("-Dlog4j2.configurationFile=jar:" + jar.toUri() + "!/journeyboard-spark-log4j2.properties");
        command.addAll(
                List.of("-cp", jar + File.pathSeparator + libs.resolve("*"), "io.journeyboard.spark.SparkReportJob"));
        command.addAll(jobArguments);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static Path sparkHome() {
        String configured = System.getenv("JOURNEYBOARD_SPARK_HOME");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            // A source checkout: this jar is cli/target/journeyboard.jar, the job is in spark/target
            Path here = Path.of(SparkEngine.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return here.getParent().getParent().getParent().resolve("spark").resolve("target");
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("cannot tell where the Spark engine is; " + BUILD_HINT, e);
        }
    }

    private static Optional<Path> sparkJava() throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (String variable : List.of("SPARK_JAVA_HOME", "JAVA_HOME")) {
            String value = System.getenv(variable);
            if (value != null) {
                candidates.add(Path.of(value));
            }
        }
        for (String folder : List.of("/usr/lib/jvm", "/usr/local/lib/jvm", "/opt/java")) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> homes = Files.list(dir)) {
                    homes.sorted().forEach(candidates::add);
                }
            }
        }
        for (Path home : candidates) {
            Path java = home.resolve("bin").resolve("java");
            int major = major(home);
            if (Files.isExecutable(java) && major >= 17 && major <= 24) {
                return Optional.of(java);
            }
        }
        return Optional.empty();
    }

    /** The major version from the JDK's {@code release} file, 0 when it has none. */
    private static int major(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            properties.load(in);
        }
        String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
        try {
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
