package io.journeyboard.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger lookups = new AtomicInteger();

    private Optional<String> lookUp(String key) {
        lookups.incrementAndGet();
        return key.startsWith("known") ? Optional.of("answer for " + key + " #" + lookups.get()) : Optional.empty();
    }

    @Test
    void reusesAnAnswerWithinItsLifetimeOnly() {
        RecentAnswers<String, String> answers = RecentAnswers.withClock(now::get, false);
        assertThat(answers.get("known", this::lookUp)).contains("answer for known #1");
        now.addAndGet(RecentAnswers.LIFETIME.toNanos() - 1);
        assertThat(answers.get("known", this::lookUp)).contains("answer for known #1");
        now.addAndGet(1);
        assertThat(answers.get("known", this::lookUp)).contains("answer for known #2");
    }

    @Test
    void aForgottenAnswerIsLookedUpAgainAtOnce() {
        RecentAnswers<String, String> answers = RecentAnswers.withClock(now::get, false);
        answers.get("known-a", this::lookUp);
        answers.get("known-b", this::lookUp);
        answers.forget("known-a");
        assertThat(answers.get("known-a", this::lookUp)).contains("answer for known-a #3");
        answers.forgetIf(answer -> answer.contains("known-b"));
        assertThat(answers.get("known-b", this::lookUp)).contains("answer for known-b #4");
        answers.forgetAll();
        assertThat(answers.get("known-a", this::lookUp)).contains("answer for known-a #5");
    }

    @Test
    void keepsAbsenceOnlyWhenAskedTo() {
        RecentAnswers<String, String> found = RecentAnswers.withClock(now::get, false);
        found.get("missing", this::lookUp);
        found.get("missing", this::lookUp);
        assertThat(lookups).hasValue(2);
        RecentAnswers<String, String> both = RecentAnswers.withClock(now::get, true);
        both.get("missing", this::lookUp);
        both.get("missing", this::lookUp);
        assertThat(lookups).hasValue(3);
    }

    @Test
    void aLookupOverlappingAForgettingIsNotKept() {
        RecentAnswers<String, String> answers = RecentAnswers.withClock(now::get, false);
        // The sign-out commits and forgets while this lookup is reading the old row.
        assertThat(answers.get("known", key -> {
                    answers.forget(key);
                    return lookUp(key);
                }))
                .contains("answer for known #1");
        assertThat(answers.get("known", this::lookUp)).contains("answer for known #2");
    }
}
