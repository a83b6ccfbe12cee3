package io.journeyboard.insights.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialTextTest {

    @Test
    void linksAndHandlesGoAndHashtagsBecomeWords() {
        assertThat(SocialText.clean("@MyBank where is my card?? #CardDelivery https://t.co/abc123 soooo slow"))
                .isEqualTo("where is my card?? Card Delivery soo slow");
    }

    @Test
    void aTextOfNothingButNoiseIsKeptAsItIs() {
        assertThat(SocialText.clean("@MyBank")).isEqualTo("@MyBank");
    }
}
