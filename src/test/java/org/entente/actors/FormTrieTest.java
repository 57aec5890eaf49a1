package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormTrieTest {
    private static FormTrie<String> trie(String... forms) {
        FormTrie<String> trie = new FormTrie<>();
        for (String f : forms) {
            trie.add(f, f);
        }
        return trie;
    }

    private static List<String> found(FormTrie<String> trie, String text) {
        return trie.find(text, 0, text.length()).stream()
                .map(h -> h.begin() + ":" + text.substring(h.begin(), h.end()))
                .toList();
    }

    @Test
    void findsEveryPartOfAHyphenatedCompound() {
        assertThat(found(trie("ROK", "U.S.", "Japan"), "the ROK-U.S.-Japan trilateral"))
                .containsExactly("4:ROK", "8:U.S.", "13:Japan");
    }

    @Test
    void prefersTheLongestFormAtAPosition() {
        assertThat(found(trie("Korea", "North Korea", "North"), "North Korea and Korea"))
                .containsExactly("0:North Korea", "16:Korea");
    }

    @Test
    void matchesOnlyAtWordBoundaries() {
        assertThat(found(trie("US", "Oman"), "USA, US, Romania, Oman's")).containsExactly("5:US", "18:Oman");
    }

    @Test
    void treatsCurlyApostrophesAndDashesAsTheirPlainForms() {
        assertThat(found(trie("People's Republic of China", "Sino"), "the People\u2019s Republic of China; Sino\u2013"))
                .containsExactly("4:People\u2019s Republic of China", "32:Sino");
    }

    @Test
    void findsFormsThatBranchAtOneCharacterIntoManyWhateverTheOrderTheyWereAddedIn() {
        FormTrie<String> trie = trie("Kz", "Ka", "Kq", "Kb", "K", "Ky", "Kc", "Kx", "Kd", "Kw", "Ke", "Kaa");
        assertThat(found(trie, "K Ka Kaa Kb Kc Kd Ke Kf Kw Kx Ky Kz Kq"))
                .containsExactly(
                        "0:K", "2:Ka", "5:Kaa", "9:Kb", "12:Kc", "15:Kd", "18:Ke", "24:Kw", "27:Kx", "30:Ky", "33:Kz",
                        "36:Kq");
    }

    @Test
    void keepsTheFirstValueOfAFormAddedTwice() {
        FormTrie<String> trie = new FormTrie<>();
        trie.add("Georgia", "GEO");
        trie.add("Georgia", "US-GA");
        trie.add("Georgian", "GEO-demonym");
        assertThat(trie.find("Georgia, Georgian", 0, 17).stream()
                        .map(FormTrie.Hit::value)
                        .toList())
                .containsExactly("GEO", "GEO-demonym");
    }

    @Test
    void findsFormsThatShareTheLastCharactersOfAnEarlierFormWhateverTheOrder() {
        // a form's unshared last characters are one tail: a later form that goes through it, ends inside it or
        // goes past it splits it
        List<String> forms = List.of("Kim Jong Un", "Kim", "Kim Jong Il", "Kim Jong", "Kim Jong Un Jr", "Ki");
        String text = "Kim Jong Un, Kim Jong Il, Kim Jong, Kim, Ki, Kim Jong Un Jr, Kim Jo, Kim Jong Ilsung";
        List<String> expected = List.of(
                "0:Kim Jong Un",
                "13:Kim Jong Il",
                "26:Kim Jong",
                "36:Kim",
                "41:Ki",
                "45:Kim Jong Un Jr",
                "61:Kim",
                "69:Kim Jong");
        assertThat(found(trie(forms.toArray(String[]::new)), text)).isEqualTo(expected);
        List<String> reversed = new ArrayList<>(forms);
        Collections.reverse(reversed);
        assertThat(found(trie(reversed.toArray(String[]::new)), text)).isEqualTo(expected);
    }

    @Test
    void keepsTheFirstValueOfAFormAddedTwiceWhenNoOtherFormSharesItsCharacters() {
        FormTrie<String> trie = new FormTrie<>();
        trie.add("Zanzibar", "first");
        trie.add("Zanzibar", "second");
        trie.add("Zanzi", "prefix");
        assertThat(trie.find("Zanzibar, Zanzi, Zanzib", 0, 23).stream()
                        .map(h -> h.begin() + ":" + h.value())
                        .toList())
                .containsExactly("0:first", "10:prefix");
    }
}
