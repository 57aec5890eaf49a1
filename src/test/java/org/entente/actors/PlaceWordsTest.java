package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The place words of a language folder ({@code models/lang/<code>/place-words.tsv}). */
class PlaceWordsTest {
    private static final Path LANG = Cli.HOME.resolve("models/lang");

    @Test
    void readsTheRussianPrepositionsWithTheSpaceAfterThem() {
        assertThat(PlaceWords.load(LANG.resolve("rus")))
                .isEqualTo(new PlaceWords(
                        List.of(
                                "в ",
                                "во ",
                                "из ",
                                "до ",
                                "под ",
                                "посетил ",
                                "посетила ",
                                "посетить ",
                                "км от ",
                                "северу от ",
                                "югу от ",
                                "западу от ",
                                "» ("),
                        List.of()));
    }

    @Test
    void readsTheWordsAfterAKoreanJapaneseOrChineseCapitalAndTheChineseOnesBefore() {
        PlaceWords korean = PlaceWords.load(LANG.resolve("kor"));
        PlaceWords japanese = PlaceWords.load(LANG.resolve("jpn"));
        PlaceWords chinese = PlaceWords.load(LANG.resolve("zho"));

        assertThat(korean.before()).isEmpty();
        assertThat(korean.after()).hasSize(25).startsWith("에서", "시내").contains("시 ", "에 도착", "를 방문");
        assertThat(japanese.before()).isEmpty();
        assertThat(japanese.after()).hasSize(28).startsWith("で", "市").endsWith("西北", "に入", "に向か", "へ向か");
        assertThat(chinese.before()).hasSize(16).startsWith("在", "于", "於").endsWith("来", "來");
        assertThat(chinese.after()).hasSize(26).startsWith("市", "举行").endsWith("中部", "人", "居民", "骑车", "騎車", "街头", "街頭");
    }

    @Test
    void readsAnUnderscoreAsASpaceAndSkipsComments(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve(PlaceWords.FILE), "# comment\nposition\tword\nafter\t에_도착\nbefore\tв_\n\nafter\t市\n");

        assertThat(PlaceWords.load(dir)).isEqualTo(new PlaceWords(List.of("в "), List.of("에 도착", "市")));
    }

    @Test
    void hasNoPlaceWordsWithoutTheFile(@TempDir Path dir) {
        assertThat(PlaceWords.load(dir)).isEqualTo(PlaceWords.NONE);
    }

    @Test
    void rejectsAPositionOtherThanBeforeOrAfterNamingFileAndLine(@TempDir Path dir) throws IOException {
        assertRejected(
                dir, "position\tword\nafter\t市\nbehind\t市\n", ":3: position \"behind\"; expected before or after");
    }

    @Test
    void rejectsAPositionWithoutAWord(@TempDir Path dir) throws IOException {
        assertRejected(dir, "position\tword\nafter\n", ":2: no word; expected a word after the position");
    }

    private static void assertRejected(Path dir, String content, String message) throws IOException {
        Files.writeString(dir.resolve(PlaceWords.FILE), content);

        assertThatThrownBy(() -> PlaceWords.load(dir))
                .isInstanceOf(DictionaryException.class)
                .hasMessage(dir.resolve(PlaceWords.FILE) + message);
    }
}
