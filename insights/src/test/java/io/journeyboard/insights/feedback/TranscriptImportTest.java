package io.journeyboard.insights.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyboard.problems.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptImportTest {

    @TempDir
    Path dir;

    @Test
    void splitsCustomerTurnsIntoSentencesAndLeavesOutTheInterviewer() throws IOException {
        Path transcript = Files.writeString(dir.resolve("anna.txt"), """
                Interviewer: How was signing up?
                [00:00:12] Anna: It took me ages to find the sign-up button. Then the code never arrived!
                  I gave up after an hour.
                Interviewer: And after that?
                Anna: Yes. The onboarding videos were genuinely helpful.
                """);

        List<FeedbackItem> items = new FeedbackImport().read(transcript, FeedbackColumnMapping.defaults());

        assertThat(items)
                .extracting(FeedbackItem::text)
                .containsExactly(
                        "It took me ages to find the sign-up button.", "Then the code never arrived!",
                        "I gave up after an hour.", "The onboarding videos were genuinely helpful.");
        assertThat(items.getFirst().id()).isEqualTo("anna.txt#t2s1");
        assertThat(items.getFirst().customer()).isEqualTo("Anna");
        assertThat(items.getFirst().location()).isEqualTo(transcript + ":2");
        assertThat(items.getLast().location()).isEqualTo(transcript + ":5");
    }

    @Test
    void leavesOutTheSpeakersNamedAsInterviewers() throws IOException {
        Path transcript = Files.writeString(dir.resolve("call.txt"), """
                Sam: What made you cancel the plan?
                Lee: The price doubled without any warning.
                """);

        List<FeedbackItem> items = new FeedbackImport().readTranscript(transcript, Set.of("SAM"));

        assertThat(items).extracting(FeedbackItem::customer).containsExactly("Lee");
    }

    @Test
    void refusesATranscriptWithoutCustomerTurns() throws IOException {
        Path transcript = Files.writeString(dir.resolve("questions.txt"), "Interviewer: Anything else to add today?\n");

        assertThatThrownBy(() -> new FeedbackImport().read(transcript, FeedbackColumnMapping.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("has no customer turns");
    }
}
