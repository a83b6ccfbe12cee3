package io.journeyboard.insights.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void namesEachClusterByTheWordsThatSetItApart() {
        List<String> texts = List.of(
                "The delivery was late and the delivery driver was rude",
                "My delivery arrived late again",
                "The app crashes when I pay",
                "The app crashes on login, the app is slow");
        int[] assignment = {0, 0, 1, 1};

        List<List<String>> keywords = Keywords.of(texts, assignment, 2, 2);

        assertThat(keywords.get(0)).containsExactly("delivery", "late");
        assertThat(keywords.get(1)).containsExactly("app", "app crashes");
    }

    @Test
    void neverUsesStopWordsOrVeryShortWords() {
        assertThat(Keywords.words("It was the best of times, and I'm ok")).containsExactly("best", "times");
    }
}
