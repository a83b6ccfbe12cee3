package io.journeyboard.insights.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThemeFinderNamesTest {

    @Test
    void aThemeOfPurePraiseWithoutATopicWordIsCalledGeneralPraise() {
        String[] praise = {"Amazing!", "Awesome!!", "Simply amazing.", "Fantastic, awesome.", "Absolutely amazing"};
        String[] refunds = {"My refund is late", "Late refund again", "Still no refund", "Refund late, card blocked"};
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        List<Double> sentiments = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            boolean happy = i % 2 == 0;
            ids.add("i" + i);
            texts.add(happy ? praise[i / 2 % praise.length] : refunds[i / 2 % refunds.length]);
            double[] vector = new double[8];
            vector[happy ? 0 : 1] = 1;
            for (int d = 0; d < vector.length; d++) {
                vector[d] += 0.05 * random.nextGaussian();
            }
            vectors.add(KMeans.unit(vector));
            sentiments.add(happy ? 0.8 : -0.6);
        }

        List<Theme> themes = new ThemeFinder(new ThemeClustering(42, 2, 2), 5, 3)
                .find(
                        ids,
                        texts,
                        vectors.toArray(float[][]::new),
                        sentiments.stream().mapToDouble(x -> x).toArray());

        assertThat(themes).extracting(Theme::name).containsExactlyInAnyOrder("General praise", "Late refund");
    }
}
