package dev.seogen.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizesTest {
    @Test
    void sizesAreReadInBytesOrPowersOf1024() {
        assertThat(Sizes.parse("16MB")).isEqualTo(16L * 1024 * 1024);
        assertThat(Sizes.parse("16 mb")).isEqualTo(16L * 1024 * 1024);
        assertThat(Sizes.parse("512K")).isEqualTo(512L * 1024);
        assertThat(Sizes.parse("2GB")).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(Sizes.parse("1048576")).isEqualTo(1_048_576L);
        assertThat(Sizes.parse("100B")).isEqualTo(100L);
    }

    @Test
    void whatIsNotASizeIsRefusedWithAnExample() {
        for (String bad : new String[] {"", "0", "-1MB", "1.5GB", "16 TB", "lots"}) {
            assertThatThrownBy(() -> Sizes.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("16MB");
        }
    }

    @Test
    void sizesAreShownTheWayPeopleReadThem() {
        assertThat(Sizes.format(812)).isEqualTo("812 bytes");
        assertThat(Sizes.format(16L * 1024 * 1024)).isEqualTo("16 MB");
        assertThat(Sizes.format(2_500_000_000L)).isEqualTo("2.3 GB");
    }
}
