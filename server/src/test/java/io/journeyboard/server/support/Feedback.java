package io.journeyboard.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Feedback uploads: a small survey export about the fixture journey's sign-up step, and real reviews. */
public final class Feedback {

    /** Twelve answers, all tagged with the step "Sign up": eight complaints and four compliments. */
    public static final String SURVEY_CSV = """
            id,comment,stage
            r1,The sign up form kept rejecting my password and it was so frustrating,Sign up
            r2,Signing up took forever and the verification email never arrived,Sign up
            r3,"I hated the sign up, too many fields and confusing errors",Sign up
            r4,Terrible sign up experience with a broken captcha,Sign up
            r5,The registration page crashed twice before it worked,Sign up
            r6,Awful onboarding form and I almost gave up signing up,Sign up
            r7,The sign up email was slow and the link had expired,Sign up
            r8,Confusing password rules made signing up painful,Sign up
            r9,Signing up with Google was quick and easy,Sign up
            r10,I loved how fast the sign up was,Sign up
            r11,Great simple registration and a friendly welcome email,Sign up
            r12,The sign up flow was smooth and pleasant,Sign up
            """;

    /** The first {@code count} yelp reviews (the repository's data/) as a CSV upload with columns id and text. */
    public static String yelpCsv(int count) {
        try {
            List<String> lines = Files.readAllLines(Path.of("../data/yelp_labelled.txt"), StandardCharsets.UTF_8);
            StringBuilder csv = new StringBuilder("id,text\n");
            for (int i = 0; i < count; i++) {
                String text = lines.get(i)
                        .substring(0, lines.get(i).lastIndexOf('\t'))
                        .strip();
                csv.append('y')
                        .append(i + 1)
                        .append(",\"")
                        .append(text.replace("\"", "\"\""))
                        .append("\"\n");
            }
            return csv.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts an analysis of {@link #SURVEY_CSV} on the journey at {@code journeyPath} and waits until it has
     * finished.
     */
    public static JsonNode finishedJob(Caller caller, String journeyPath) {
        Reply started = caller.send(
                "POST", journeyPath + "/insights/jobs?file=survey.csv&text=comment", SURVEY_CSV, "text/csv");
        if (started.status() != 202) {
            throw new IllegalStateException("the analysis did not start: " + started);
        }
        return awaitFinished(caller, started.header("Location"));
    }

    /** Polls a job until it is done or failed (or a minute has passed) and answers its last state. */
    public static JsonNode awaitFinished(Caller caller, String jobPath) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = caller.get(jobPath).json();
            if (List.of("done", "failed").contains(job.path("state").asText())) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the analysis at " + jobPath + " did not finish within a minute");
    }

    private Feedback() {}
}
