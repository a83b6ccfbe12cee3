package io.journeyboard.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --engine spark}: the Spark job in a child JVM, as a user runs it. */
class SparkEngineTest {

    private static final Path SPARK_JOB = Path.of("..", "spark", "target", "journeyboard-spark.jar");

    @TempDir
    Path dir;

    @Test
    void theSparkEngineWritesTheSameJsonReportAsTheEngineOrSaysHowToBuildIt() throws Exception {
        Path log = AnalyzeCommandTest.dataFile("running-example.csv");
        Path fromSpark = dir.resolve("spark.json");
        Path fromEngine = dir.resolve("engine.json");
        CliRun spark = CliRun.of(
                "analyze", log.toString(), "--engine", "spark", "--format", "json", "-o", fromSpark.toString());
        if (!Files.exists(SPARK_JOB)) {
            assertThat(spark.exitCode()).isEqualTo(1);
            assertThat(spark.err()).contains("the Spark engine is not built", "./mvnw -pl spark -am package");
            return;
        }
        CliRun engine = CliRun.of("analyze", log.toString(), "--format", "json", "-o", fromEngine.toString());

        assertThat(spark.exitCode()).as(spark.err()).isZero();
        assertThat(engine.exitCode()).as(engine.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode sparkReport = json.readTree(fromSpark.toFile());
        JsonNode engineReport = json.readTree(fromEngine.toFile());
        // Running-example's means are sums of whole seconds, exact in both engines: the reports are equal
        assertThat(sparkReport).isEqualTo(engineReport);
        assertThat(dir).isDirectoryNotContaining("glob:**.crc");
    }

    @Test
    void partsTheSparkJobDoesNotComputeAreRefusedUpFront() {
        CliRun run = CliRun.of(
                "analyze",
                AnalyzeCommandTest.dataFile("running-example.csv").toString(),
                "--engine",
                "spark",
                "--format",
                "json",
                "--paths",
                "decide");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--engine spark writes the JSON report", "--paths");
    }
}
