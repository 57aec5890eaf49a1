package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entente.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataSidecarTest {
    @TempDir
    Path dir;

    @Test
    void readsKnownColumnsAndKeepsOthersAsExtra() throws Exception {
        Path csv = write("file,title,authors,date,series,url,language,region\n"
                + "briefs/a.pdf,\"Allies, Old and New\",Kim Minji; John Smith,2024-03-05,Policy Briefs,"
                + "https://example.org/a,eng,East Asia\n");
        MetadataSidecar sidecar = MetadataSidecar.read(csv);
        MetadataSidecar.Entry expected = new MetadataSidecar.Entry(
                new Metadata(
                        "Allies, Old and New",
                        "Kim Minji; John Smith",
                        "2024-03-05",
                        "Policy Briefs",
                        "https://example.org/a",
                        Map.of("region", "East Asia")),
                "eng");
        assertThat(sidecar.lookup(dir.resolve("briefs/a.pdf"))).contains(expected);
        assertThat(sidecar.lookup("briefs/a.pdf")).contains(expected);
        assertThat(sidecar.lookup(dir.resolve("briefs/other.pdf"))).isEmpty();
    }

    @Test
    void normalisesEveryAcceptedDateSpelling() throws Exception {
        Path csv = write("file,date\na.txt,2024/03/05\nb.txt,2024-03\nc.txt,2024\nd.txt,\"March 5, 2024\"\n"
                + "e.txt,5 March 2024\nf.txt,\n");
        MetadataSidecar sidecar = MetadataSidecar.read(csv);
        assertThat(Map.of(
                        "a",
                        date(sidecar, "a.txt"),
                        "b",
                        date(sidecar, "b.txt"),
                        "c",
                        date(sidecar, "c.txt"),
                        "d",
                        date(sidecar, "d.txt"),
                        "e",
                        date(sidecar, "e.txt"),
                        "f",
                        date(sidecar, "f.txt")))
                .isEqualTo(Map.of(
                        "a", "2024-03-05", "b", "2024-03", "c", "2024", "d", "2024-03-05", "e", "2024-03-05", "f", ""));
    }

    @Test
    void rejectsAnUnknownDateNamingFileLineAndValue() throws Exception {
        Path csv = write("file,date\na.txt,2024-03-05\nb.txt,05/03/2024\n");
        assertThatThrownBy(() -> MetadataSidecar.read(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(csv + ":3: date '05/03/2024' is not a date (expected yyyy-mm-dd, yyyy/mm/dd, yyyy-mm, "
                        + "yyyy, 'March 5, 2024' or '5 March 2024')");
    }

    @Test
    void rejectsImpossibleDates() throws Exception {
        Path csv = write("file,date\na.txt,2023-02-30\n");
        assertThatThrownBy(() -> MetadataSidecar.read(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(csv + ":2: date '2023-02-30'");
    }

    @Test
    void rejectsASidecarWithoutFileColumn() throws Exception {
        Path csv = write("path,title\na.txt,A\n");
        assertThatThrownBy(() -> MetadataSidecar.read(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(csv + ":1: header [path, title] has no 'file' column "
                        + "(expected file,title,authors,date,series,url,language,...)");
    }

    @Test
    void rejectsEmptyAndDuplicateFileValues() throws Exception {
        Path empty = write("file,title\n,A\n");
        assertThatThrownBy(() -> MetadataSidecar.read(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        empty + ":2: empty 'file' value (expected a path relative to " + dir.toAbsolutePath() + ")");
        Path twice = write("file,title\na.txt,A\n./a.txt,B\n");
        assertThatThrownBy(() -> MetadataSidecar.read(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(twice + ":3: file './a.txt' is listed twice (expected one row per file)");
    }

    private static String date(MetadataSidecar sidecar, String file) {
        return sidecar.lookup(file).map(e -> e.metadata().date()).orElse("missing");
    }

    private Path write(String content) throws Exception {
        Path csv = dir.resolve(MetadataSidecar.FILE_NAME);
        Files.writeString(csv, content);
        return csv;
    }
}
