package org.entente.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.testing.Cli;
import org.entente.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analysis run over documents in several languages: the language columns and the warning. */
class LanguageRunTest {
    @TempDir
    Path dir;

    @Test
    void writesTheLanguageOfEveryMentionAndWarnsForALanguageWithoutABundle() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(
                in.resolve("ko.txt"),
                "북한과 러시아는 조약을 맺었다. 조선민주주의인민공화국은 이를 환영했다. 양측은 군사와 경제 분야의 "
                        + "협력을 확대하기로 합의했으며 정상회담은 이틀 동안 진행되었다. 전문가들은 이번 합의가 지역 안보 "
                        + "질서에 장기적인 영향을 미칠 것이라고 평가했다.\n\n"
                        + "\"Russia and North Korea signed a treaty,\" the spokesman told reporters in Washington.\n",
                StandardCharsets.UTF_8);
        Files.write(
                in.resolve("ru.txt"),
                "Россия и КНДР подписали договор о всеобъемлющем стратегическом партнёрстве.\n"
                        .getBytes(Charset.forName("windows-1251")));
        Files.writeString(
                in.resolve("de.txt"),
                "Die Außenminister Chinas und Russlands trafen sich am Dienstag in Peking und vereinbarten eine "
                        + "engere Zusammenarbeit.\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("analyze", in.toString(), "--out", out.toString(), "--engine", "opennlp");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Tables.project(
                        out.resolve("documents.csv"),
                        List.of("doc_id", "language", "encoding", "status", "warning"),
                        r -> true))
                .containsExactly(
                        "de.txt,deu,UTF-8,done,language deu has no bundle: analysed with the English rules",
                        "ko.txt,kor,UTF-8,done,",
                        "ru.txt,rus,windows-1251,done,");
        assertThat(Tables.project(
                        out.resolve("mentions.csv"),
                        List.of("doc_id", "text", "actor_id", "language", "name_class"),
                        r -> !r.get("doc_id").equals("de.txt")))
                .containsExactly(
                        "ko.txt,북한,PRK,kor,other",
                        "ko.txt,러시아,RUS,kor,own",
                        "ko.txt,조선민주주의인민공화국,PRK,kor,own",
                        "ko.txt,Russia,RUS,eng,",
                        "ko.txt,North Korea,PRK,eng,",
                        "ru.txt,Россия,RUS,rus,own",
                        "ru.txt,КНДР,PRK,rus,own");
    }
}
