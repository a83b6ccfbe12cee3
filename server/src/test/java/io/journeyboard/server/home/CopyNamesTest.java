package io.journeyboard.server.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyNamesTest {

    @Test
    void aCopyIsNamedAfterTheOriginalWithTheFirstFreeNumber() {
        Set<String> taken = CopyNames.taken(List.of("Onboarding", "onboarding (COPY)"));

        assertThat(CopyNames.next("Onboarding", taken)).isEqualTo("Onboarding (copy 2)");
        assertThat(CopyNames.next("Onboarding (copy)", taken)).isEqualTo("Onboarding (copy 2)");
        assertThat(CopyNames.distinct("Returns", taken)).isEqualTo("Returns");
        assertThat(CopyNames.distinct("Returns", taken)).isEqualTo("Returns (copy)");
        assertThat(CopyNames.nextId("j1-copy", List.of("j1-copy"))).isEqualTo("j1-copy-2");
    }
}
