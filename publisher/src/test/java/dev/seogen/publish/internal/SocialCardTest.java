package dev.seogen.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seogen.core.InputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocialCardTest {
    private static final String QUESTION = "What is a CNAME record and when should you use one?";

    @TempDir
    Path folder;

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG that ImageIO reads (its checksums hold)").isNotNull();
        return image;
    }

    @Test
    void drawsA1200By630PngInTheThemesColours() throws IOException {
        CardStyle style = CardStyle.of(null);
        BufferedImage image = read(new SocialCard(style).png(QUESTION, "DNS", "Explainers"));

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(image.getRGB(5, 5) & 0xFFFFFF).as("background").isEqualTo(style.background());
        assertThat(image.getRGB(5, 625) & 0xFFFFFF).as("stripe").isEqualTo(style.accent());
        long textPixels = IntStream.range(150, 520)
                .mapToLong(y -> IntStream.range(0, 1200)
                        .filter(x -> (image.getRGB(x, y) & 0xFFFFFF) == style.text())
                        .count())
                .sum();
        assertThat(textPixels).as("the question is drawn in the text colour").isGreaterThan(5_000);
    }

    @Test
    void sameTextsGiveTheSameBytes() {
        byte[] first = new SocialCard(CardStyle.of(null)).png(QUESTION, "DNS", "Explainers");
        byte[] again = new SocialCard(CardStyle.of(null)).png(QUESTION, "DNS", "Explainers");
        byte[] other = new SocialCard(CardStyle.of(null)).png(QUESTION + " Now", "DNS", "Explainers");

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("no time or text chunk")
                .doesNotContain("tIME", "tEXt", "iTXt", "zTXt");
    }

    @Test
    void aCategoryOrSiteNameThatCardsShareIsDrawnTheSameOnEachAndAnotherIsNot() throws IOException {
        SocialCard card = new SocialCard(CardStyle.of(null));
        BufferedImage dns = read(card.png(QUESTION, "DNS", "Explainers"));
        BufferedImage smtp = read(card.png(QUESTION, "SMTP", "Explainers"));
        BufferedImage dnsAgain = read(card.png("What is a TTL?", "DNS", "Guides"));

        // The category's line is near the top, the site's near the bottom; each is compressed once and reused.
        assertThat(rows(dnsAgain, 40, 140)).as("the same category").isEqualTo(rows(dns, 40, 140));
        assertThat(rows(smtp, 40, 140)).as("another category").isNotEqualTo(rows(dns, 40, 140));
        assertThat(rows(smtp, 530, 600)).as("the same site").isEqualTo(rows(dns, 530, 600));
        assertThat(rows(dnsAgain, 530, 600)).as("another site").isNotEqualTo(rows(dns, 530, 600));
        assertThat(rows(dnsAgain, 150, 520)).as("another question").isNotEqualTo(rows(dns, 150, 520));
    }

    private static int[] rows(BufferedImage image, int from, int to) {
        return image.getRGB(0, from, image.getWidth(), to - from, null, 0, image.getWidth());
    }

    @Test
    void aLongQuestionStaysInsideTheCard() throws IOException {
        String longQuestion = "Why ".repeat(60) + "Supercalifragilisticexpialidocious".repeat(5) + "?";
        CardStyle style = CardStyle.of(null);
        BufferedImage image = read(new SocialCard(style).png(longQuestion, "DNS", "Explainers"));

        for (int y = 0; y < 612; y++) {
            for (int x : new int[] {0, 40, 1160, 1199}) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF)
                        .as("margin at %d,%d", x, y)
                        .isEqualTo(style.background());
            }
        }
    }

    @Test
    void aThemeChangesColoursAndTheKey() throws IOException {
        Files.writeString(folder.resolve("card.properties"), "background=#202020\naccent=#ff0000\n");
        CardStyle builtIn = CardStyle.of(null);
        CardStyle theme = CardStyle.of(folder);

        BufferedImage image = read(new SocialCard(theme).png(QUESTION, "DNS", "Explainers"));

        assertThat(image.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0x202020);
        assertThat(image.getRGB(5, 625) & 0xFFFFFF).isEqualTo(0xff0000);
        assertThat(theme.text()).as("keys it does not set stay").isEqualTo(builtIn.text());
        assertThat(theme.key()).isNotEqualTo(builtIn.key());
    }

    /** A theme's picture, 1200 × 630: a gradient from dark to light, left to right, so that no two columns match. */
    private Path picture(String name, int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, (x * 200 / width) << 16 | (y * 200 / height) << 8 | 0x30);
            }
        }
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    @Test
    void aThemesBackgroundImageReplacesTheColourAndTheStripe() throws IOException {
        picture("card/background.png", 1200, 630);
        Files.writeString(folder.resolve("card.properties"), "image=card/background.png\ntext=#ffffff\n");
        CardStyle theme = CardStyle.of(folder);

        byte[] png = new SocialCard(theme).png(QUESTION, "DNS", "Explainers");
        BufferedImage image = read(png);

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(image.getRGB(5, 5) & 0xFFFFFF).as("the picture, top left").isEqualTo(0x000130);
        assertThat(image.getRGB(1199, 629) & 0xFFFFFF)
                .as("the picture where the stripe was")
                .isEqualTo(199 << 16 | 199 << 8 | 0x30);
        long textPixels = IntStream.range(150, 520)
                .mapToLong(y -> IntStream.range(0, 1200)
                        .filter(x -> (image.getRGB(x, y) & 0xFFFFFF) == 0xffffff)
                        .count())
                .sum();
        assertThat(textPixels).as("the question over it in the text colour").isGreaterThan(5_000);
        assertThat(new SocialCard(CardStyle.of(folder)).png(QUESTION, "DNS", "Explainers"))
                .as("the same bytes again")
                .isEqualTo(png);
        assertThat(theme.key()).isNotEqualTo(CardStyle.of(null).key());
        picture("card/background.png", 1200, 630); // written again, the same picture: the same key
        assertThat(CardStyle.of(folder).key()).isEqualTo(theme.key());
    }

    @Test
    void aBackgroundImageOfTheWrongSizeOrMissingIsNamed() throws IOException {
        picture("card/small.png", 600, 315);
        Files.writeString(folder.resolve("card.properties"), "image=card/small.png\n");

        assertThatThrownBy(() -> new SocialCard(CardStyle.of(folder)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("card/small.png")
                .hasMessageContaining("is 600×315 pixels")
                .hasMessageContaining("must be 1200×630");

        Files.writeString(folder.resolve("card.properties"), "image=card/none.png\n");
        assertThatThrownBy(() -> CardStyle.of(folder))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("image names card/none.png, which the theme folder does not have");

        Files.writeString(folder.resolve("card.properties"), "image=../outside.png\n");
        assertThatThrownBy(() -> CardStyle.of(folder))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("inside the theme folder");

        Files.writeString(folder.resolve("card/text.png"), "not a picture");
        Files.writeString(folder.resolve("card.properties"), "image=card/text.png\n");
        assertThatThrownBy(() -> new SocialCard(CardStyle.of(folder)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("card/text.png")
                .hasMessageContaining("is not a PNG or JPEG image");
    }

    @Test
    void aBadColourNamesTheFileAndKey() throws IOException {
        Files.writeString(folder.resolve("card.properties"), "text=white\n");

        assertThatThrownBy(() -> CardStyle.of(folder))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("card.properties")
                .hasMessageContaining("text must be a colour written #rrggbb, got 'white'");
    }

    @Test
    void textTheFontLacksIsDrawnWithTheSystemsFonts() throws IOException {
        BufferedImage image = read(new SocialCard(CardStyle.of(null)).png("DNS とは何ですか", "DNS", "例"));

        assertThat(image.getWidth()).isEqualTo(1200);
    }

    @Test
    void drawsASquareLogo() throws IOException {
        BufferedImage logo = read(new SocialCard(CardStyle.of(null)).logo("E", 512));

        assertThat(logo.getWidth()).isEqualTo(512);
        assertThat(logo.getHeight()).isEqualTo(512);
    }

    /** Not a timed test (speed targets live in bench/): prints the rate, for the README's benchmark section. */
    @Test
    void printsCardsPerSecond() {
        SocialCard card = new SocialCard(CardStyle.of(null));
        int count = Integer.getInteger("seogen.cards", 200);
        long start = System.nanoTime();
        long bytes = IntStream.range(0, count)
                .parallel()
                .mapToLong(i -> card.png(QUESTION + " (" + i + ")", "DNS", "Explainers").length)
                .sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%d cards in %.2f s: %.0f cards/s, %d bytes each%n", count, seconds, count / seconds, bytes / count);
        assertThat(bytes).isPositive();
    }
}
