package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {
    private static final TableSpec SPEC = new TableSpec(
            "t",
            "one row per test",
            List.of(
                    new Column("text", ColumnType.STRING, "a text"),
                    new Column("n", ColumnType.INTEGER, "a number"),
                    new Column("ids", ColumnType.LIST, "ids")),
            List.of("text"));

    private static String write(Path dir, boolean excelSafe, List<List<?>> rows) throws IOException {
        try (CsvTableWriter w = new CsvTableWriter(dir.resolve("t.csv"), SPEC, List.of(), excelSafe)) {
            rows.forEach(w::row);
            w.commit();
        }
        return Files.readString(dir.resolve("t.csv"));
    }

    @Test
    void guardsCellsThatSpreadsheetsWouldRunAsFormulasWhenExcelSafe(@TempDir Path dir) throws IOException {
        String csv = write(
                dir,
                true,
                List.of(
                        List.of("=HYPERLINK(\"http://x\")", 1, List.of()),
                        List.of("+1", 2, List.of()),
                        List.of("-anti-DPRK", 3, List.of()),
                        List.of("@SUM(A1)", 4, List.of()),
                        List.of("\tTab", 5, List.of()),
                        List.of("North Korea", 6, List.of()),
                        List.of("a=b", 7, List.of())));

        assertThat(csv)
                .isEqualTo("text,n,ids\n\"'=HYPERLINK(\"\"http://x\"\")\",1,\n'+1,2,\n'-anti-DPRK,3,\n"
                        + "'@SUM(A1),4,\n'\tTab,5,\nNorth Korea,6,\na=b,7,\n");
    }

    @Test
    void writesValuesAsTheyAreByDefaultAndListsSeparatedBySemicolons(@TempDir Path dir) throws IOException {
        assertThat(write(
                        dir,
                        false,
                        List.of(List.of("=1+1", 1, List.of("PRK", "RUS")), List.of("-x", 2, List.of("CHN")))))
                .isEqualTo("text,n,ids\n=1+1,1,PRK;RUS\n-x,2,CHN\n");
    }

    @Test
    void writesTheRepeatedColumnsOfAWideTableAfterTheFixedOnes(@TempDir Path dir) throws IOException {
        TableSpec wide = new TableSpec(
                "w",
                "one row per doc",
                List.of(new Column("doc_id", ColumnType.STRING, "id")),
                List.of("doc_id"),
                Optional.of(new Column("actor_id", ColumnType.INTEGER, "count")),
                "--wide");
        try (TableOutput w = new TableOutput(dir, wide, List.of("PRK", "RUS"), ExportOptions.DEFAULTS)) {
            w.row("a.txt", 3, 0);
            w.commit();
            assertThat(w.rows()).isEqualTo(1);
        }

        assertThat(Files.readString(dir.resolve("w.csv"))).isEqualTo("doc_id,PRK,RUS\na.txt,3,0\n");
    }
}
