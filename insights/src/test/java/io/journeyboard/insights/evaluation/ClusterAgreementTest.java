package io.journeyboard.insights.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterAgreementTest {

    @Test
    void themesThatAreTheReasonsUnderOtherNamesAgreeFully() {
        assertThat(ClusterAgreement.normalizedMutualInformation(
                        List.of("a", "a", "b", "b"), List.of("x", "x", "y", "y")))
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void themesThatCutAcrossEveryReasonAgreeNotAtAll() {
        assertThat(ClusterAgreement.normalizedMutualInformation(
                        List.of("a", "b", "a", "b"), List.of("x", "x", "y", "y")))
                .isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aThemeSplitInTwoAgreesInPart() {
        double nmi =
                ClusterAgreement.normalizedMutualInformation(List.of("a", "c", "b", "b"), List.of("x", "x", "y", "y"));

        // I = ln 2, H(found) = 1.5 ln 2, H(known) = ln 2: 2 I / (H + H) = 0.8
        assertThat(nmi).isCloseTo(0.8, within(1e-9));
    }
}
