package org.nineplus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextMeasurerTest {

    private final TextMeasurer text = TextMeasurer.standard();

    @Test
    void theBundledFontIsLiberationSansFromTheClassPath() throws Exception {
        assertThat(MapFont.regular().getFamily()).isEqualTo(MapFont.FAMILY);
        assertThat(MapFont.bold().getFontName()).contains("Bold");
        try (InputStream in = MapFont.class.getResourceAsStream(MapFont.REGULAR_RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readNBytes(4)).containsExactly(0, 1, 0, 0);
        }
    }

    @Test
    void widthGrowsWithTheTextAndScalesWithTheSize() {
        double w12 = text.width("Claim status tracker", 12, false);
        assertThat(w12).isGreaterThan(text.width("Claim status", 12, false)).isGreaterThan(50);
        assertThat(text.width("Claim status tracker", 24, false)).isCloseTo(2 * w12, org.assertj.core.data.Offset.offset(0.01));
        assertThat(text.width("Claim status tracker", 12, true)).isGreaterThan(w12);
        assertThat(text.width("", 12, false)).isZero();
    }

    @Test
    void wrapBreaksAtSpacesAndKeepsEveryWord() {
        String title = "A personal claim handler who calls the family back within the hour, every time";
        List<String> lines = text.wrap(title, 150, 14, false);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines)).isEqualTo(title);
        lines.forEach(line -> assertThat(text.width(line, 14, false)).isLessThanOrEqualTo(150));
    }

    @Test
    void aWordTooLongForALineIsBrokenByCharactersNotCut() {
        String word = "x".repeat(120) + "ABCDEFGHIJ".repeat(18);
        assertThat(word).hasSize(300);
        List<String> lines = text.wrap("Before " + word + " after", 160, 13, false);
        assertThat(lines.size()).isGreaterThan(5);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Before" + word + "after");
        lines.forEach(line -> assertThat(text.width(line, 13, false)).isLessThanOrEqualTo(160));
    }

    @Test
    void blankTextHasNoLinesAndNewlinesStartNewLines() {
        assertThat(text.wrap("   ", 100, 12, false)).isEmpty();
        assertThat(text.wrap("one\ntwo", 500, 12, false)).containsExactly("one", "two");
        assertThat(Arrays.asList(text.wrap("a    b", 500, 12, false).get(0).split(" "))).containsExactly("a", "b");
    }
}
