package dev.seogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantTextTest {
    @Test
    void readsAndWritesAsInstantDoes() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            // from 1900 to 2200: leap years, month ends and the turn of centuries among them
            Instant instant = Instant.ofEpochSecond(-2_208_988_800L + (long) (random.nextDouble() * 9_467_280_000L));
            String text = instant.toString();
            assertThat(InstantText.format(instant)).isEqualTo(text);
            assertThat(InstantText.parse(text)).isEqualTo(instant);
        }
        for (String text : new String[] {"2024-02-29T23:59:59Z", "2000-02-29T00:00:00Z", "2026-12-31T00:00:00Z"}) {
            assertThat(InstantText.parse(text)).isEqualTo(Instant.parse(text));
            assertThat(InstantText.format(Instant.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void otherShapesAreInstantsOwn() {
        for (String text : new String[] {
            "2026-12-04T03:29:08.123Z", "+10000-01-01T00:00:00Z", "2026-12-04T24:00:00Z", "2026-12-31T23:59:60Z"
        }) {
            assertThat(InstantText.parse(text)).isEqualTo(Instant.parse(text));
            assertThat(InstantText.format(Instant.parse(text)))
                    .isEqualTo(Instant.parse(text).toString());
        }
    }

    @Test
    void aWrongDateIsRefusedAsInstantRefusesIt() {
        for (String text : new String[] {
            "2026-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-12-04T25:00:00Z",
            "2026-12-0xT00:00:00Z",
            "2026-12-04 03:29:08Z"
        }) {
            assertThatThrownBy(() -> InstantText.parse(text)).isInstanceOf(DateTimeParseException.class);
        }
    }
}
