package io.journeyboard.analytics.funnel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The funnel definition: ordered stages, the order mode and an optional conversion window (0 = none):
 * every stage must be reached within {@code windowSeconds} of entering the first one. The first stage
 * cannot be optional: it is where cases enter the funnel. Read from a JSON file, documented in
 * {@code docs/analytics-report.md}. Serializable so a Spark job ships it to its executors.
 */
public record StageMapping(List<StageDefinition> stages, OrderMode order, long windowSeconds) implements Serializable {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public StageMapping {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a funnel needs at least one stage");
        }
        if (stages.get(0).optional()) {
            throw new IllegalArgumentException("the first stage (\""
                    + stages.get(0).name() + "\") cannot be optional: cases enter the funnel there");
        }
        if (windowSeconds < 0) {
            throw new IllegalArgumentException("windowSeconds cannot be negative");
        }
    }

    /**
     * The stages of a journey map as an ordered funnel: each stage is marked by activities named
     * like its steps (a step name may be a pattern such as {@code O_*}). Stages without steps mark
     * nothing and are left out, so a half-drawn map still gives a funnel of what it has.
     *
     * @param stepNamesByStage stage names in journey order, each with its steps' names
     * @throws IllegalArgumentException when no stage has a step
     */
    public static StageMapping ofJourneyStages(Map<String, List<String>> stepNamesByStage) {
        List<StageDefinition> stages = stepNamesByStage.entrySet().stream()
                .filter(stage -> !stage.getValue().isEmpty())
                .map(stage -> new StageDefinition(stage.getKey(), stage.getValue(), false))
                .toList();
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("the journey has no steps to match activities against");
        }
        return new StageMapping(stages, OrderMode.ORDERED, 0);
    }

    /** The last stage that is not optional: reaching it is converting. */
    public StageDefinition lastRequired() {
        int last = stages.size() - 1;
        while (stages.get(last).optional()) {
            last--;
        }
        return stages.get(last);
    }

    /** Reads a stage-mapping file; any mistake is reported with the file and what to change. */
    public static StageMapping read(Path file) throws IOException {
        String name = file.toString();
        if (Files.size(file) > 1 << 20) {
            throw BadInputException.whole(name, "a stage-mapping file over 1 MiB is refused", "is it the right file?");
        }
        try {
            FileFormat parsed = JSON.readValue(file.toFile(), FileFormat.class);
            if (parsed.stages() != null && parsed.stages().contains(null)) {
                throw new BadInputException(new InputProblem(
                        name,
                        0,
                        "stages[" + parsed.stages().indexOf(null) + "]",
                        null,
                        "is empty",
                        "give each stage a name and its activities"));
            }
            if (parsed.stages() == null) {
                throw BadInputException.whole(
                        name,
                        "missing \"stages\"",
                        "list the stages, e.g. "
                                + "{\"stages\":[{\"name\":\"Apply\",\"activities\":[\"A_SUBMITTED\"]}]}");
            }
            OrderMode order = order(name, parsed.order());
            return new StageMapping(
                    parsed.stages().stream()
                            .map(s -> new StageDefinition(s.name(), s.activities(), Boolean.TRUE.equals(s.optional())))
                            .toList(),
                    order,
                    parsed.windowSeconds() == null ? 0 : parsed.windowSeconds());
        } catch (MismatchedInputException e) {
            // Jackson's own wording names Java types; the path and the line are what the user needs
            throw new BadInputException(new InputProblem(
                    name,
                    line(e),
                    field(e),
                    null,
                    "is an unknown field or has a value of the wrong kind",
                    "see docs/analytics-report.md for the format"));
        } catch (JsonProcessingException e) {
            throw new BadInputException(new InputProblem(
                    name,
                    line(e),
                    null,
                    null,
                    "is not valid JSON",
                    "repair the JSON (see docs/analytics-report.md for the format)"));
        } catch (IllegalArgumentException e) {
            throw BadInputException.whole(name, e.getMessage(), "see docs/analytics-report.md for the format");
        }
    }

    private static OrderMode order(String file, String order) {
        if (order == null) {
            return OrderMode.ORDERED;
        }
        for (OrderMode mode : OrderMode.values()) {
            if (mode.name().equalsIgnoreCase(order)) {
                return mode;
            }
        }
        throw new BadInputException(new InputProblem(
                file,
                0,
                "order",
                order,
                "is not an order mode",
                "order is one of ordered, strict, any; see docs/analytics-report.md"));
    }

    /** The field's path as the file writes it ({@code stages[0].nam}), without Jackson's Java types. */
    private static String field(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static long line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    private record FileFormat(String order, Long windowSeconds, List<StageFormat> stages) {}

    private record StageFormat(String name, List<String> activities, Boolean optional) {}
}
