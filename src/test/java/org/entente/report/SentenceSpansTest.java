package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Finding the sentence around mentions in a text without sentence offsets. */
class SentenceSpansTest {
    private static String around(String text, String first, String last) {
        int begin = text.indexOf(first);
        int end = text.indexOf(last, begin) + last.length();
        int[] span = SentenceSpans.around(text, begin, end, 0, text.length());
        return text.substring(span[0], span[1]);
    }

    @Test
    void extendsToTheSentencePunctuationOnBothSides() {
        assertThat(around("First one. Then Japan and China met! After that?", "Japan", "China"))
                .isEqualTo("Then Japan and China met!");
        assertThat(around("Did Japan ask China? Yes.", "Japan", "China")).isEqualTo("Did Japan ask China?");
    }

    @Test
    void keepsInitialismsAndTitlesInsideTheSentence() {
        assertThat(around("Intro. The U.S. and Japan agree, said Mr. Kishida of Japan. Next.", "U.S.", "Japan"))
                .isEqualTo("The U.S. and Japan agree, said Mr. Kishida of Japan.");
    }

    @Test
    void stopsAtLineBreaksAndClosingQuotes() {
        assertThat(around("2. Japan and Korea\nbody text", "Japan", "Korea")).isEqualTo("2. Japan and Korea");
        assertThat(around("He said \"Japan and China agree.\" Then left.", "Japan", "China"))
                .isEqualTo("He said \"Japan and China agree.\"");
    }

    @Test
    void neverCrossesTheBoundsNorReachesFurtherThanItsLimit() {
        String text = "x".repeat(1000) + " Japan and China " + "y".repeat(1000);
        int begin = text.indexOf("Japan");
        int[] span = SentenceSpans.around(text, begin, begin + 15, 0, text.length());
        assertThat(span[0]).isEqualTo(begin - SentenceSpans.REACH);
        assertThat(span[1]).isEqualTo(begin + 15 + SentenceSpans.REACH);

        String two = "Russia. Japan and China";
        int[] bounded = SentenceSpans.around(two, two.indexOf("Japan"), two.length(), 3, two.length());
        assertThat(two.substring(bounded[0], bounded[1])).isEqualTo("Japan and China");
    }
}
