package io.journeyboard.analytics.funnel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.journeyboard.analytics.log.BadInputException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The funnel definition: ordered stages, the order mode and an optional conversion window (0 = none):
 * every stage must be reached within {@code windowSeconds} of entering the first one. The first stage
 * cannot be optional: it is where cases enter the funnel. Read from a JSON file, documented in
 * {@code docs/analytics-report.md}. Serializable so a Spark job ships it to its executors.
 */
public record StageMapping(List<StageDefinition> stages, OrderMode order, long windowSeconds) implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public StageMapping {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a funnel needs at least one stage");
        }
        if (stages.get(0).optional()) {
            throw new IllegalArgumentException("the first stage (\"" + stages.get(0).name()
                    + "\") cannot be optional: cases enter the funnel there");
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
        List<StageDefinition> stages = stepNamesByStage.entrySet().stream().filter(stage -> !stage.getValue().isEmpty())
                .map(stage -> new StageDefinition(stage.getKey(), stage.getValue(), false)).toList();
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
        if (Files.size(file) > 1 << 20) {
            throw new BadInputException(file + ": a stage-mapping file over 1 MiB is refused; is it the right file?");
        }
        try {
            FileFormat parsed = JSON.readValue(file.toFile(), FileFormat.class);
            if (parsed.stages() == null) {
                throw new BadInputException(file + ": missing \"stages\": list the stages, e.g. "
                        + "{\"stages\":[{\"name\":\"Apply\",\"activities\":[\"A_SUBMITTED\"]}]}");
            }
            OrderMode order = parsed.order() == null ? OrderMode.ORDERED
                    : OrderMode.valueOf(parsed.order().toUpperCase(Locale.ROOT));
            return new StageMapping(parsed.stages().stream()
                    .map(s -> new StageDefinition(s.name(), s.activities(), Boolean.TRUE.equals(s.optional())))
                    .toList(), order, parsed.windowSeconds() == null ? 0 : parsed.windowSeconds());
        } catch (MismatchedInputException e) {
            throw new BadInputException(file + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage()
                    + " at " + e.getPathReference() + "; see docs/analytics-report.md for the format");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage()
                    + " (order is one of ordered, strict, any; see docs/analytics-report.md)");
        }
    }

    private record FileFormat(String order, Long windowSeconds, List<StageFormat> stages) {
    }

    private record StageFormat(String name, List<String> activities, Boolean optional) {
    }
}
