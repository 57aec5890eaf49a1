package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

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
}
