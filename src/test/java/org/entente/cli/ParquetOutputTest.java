package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.export.ColumnType;
import org.entente.export.OutputFormat;
import org.entente.export.TableReader;
import org.entente.export.TableSpec;
import org.entente.export.Tables;
import org.entente.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format csv,parquet}: every table is also written as Parquet, with the rows of its CSV in the same
 * order and the column types of the schema; the same input gives the same bytes; a run written only as Parquet
 * is read by {@code kwic} and {@code report}.
 */
class ParquetOutputTest {
    @TempDir
    static Path dir;

    static Path input;
    static Path both;
    static Cli.Result run;

    /** The DuckDB type each schema type is written as. */
    private static final Map<ColumnType, String> PARQUET_TYPES = Map.of(
            ColumnType.STRING,
            "VARCHAR",
            ColumnType.INTEGER,
            "BIGINT",
            ColumnType.BOOLEAN,
            "BOOLEAN",
            ColumnType.DATE,
            "DATE",
            ColumnType.PARTIAL_DATE,
            "VARCHAR",
            ColumnType.LIST,
            "VARCHAR[]");

    @BeforeAll
    static void analyzeTwoBriefsAndACorruptPdfInBothFormats() throws IOException {
        input = dir.resolve("in");
        Files.createDirectories(input);
        for (String name : List.of("vostochny-summit-2023.txt", "dprk-russia-treaty-2024.txt", "metadata.csv")) {
            Files.copy(Cli.HOME.resolve("corpus").resolve(name), input.resolve(name));
        }
        Files.writeString(input.resolve("broken.pdf"), "%PDF-1.7 not really");
        both = dir.resolve("both");
        run = analyze(both, "csv,parquet");
    }

    private static Cli.Result analyze(Path out, String formats) {
        return Cli.run(
                "analyze",
                input.toString(),
                "--out",
                out.toString(),
                "-q",
                "--engine",
                "opennlp",
                "--format",
                formats,
                "--wide",
                "--scope",
                "sentence,paragraph",
                "--max-arity",
                "4");
    }

    private static List<Map<String, String>> rows(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        TableReader.forEachRow(file, rows::add, null);
        return rows;
    }

    @Test
    void writesEveryTableAsParquetWithTheRowsOfItsCsv() {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_FAILED); // the corrupt PDF
        for (TableSpec spec : Tables.ALL) {
            Path csv = both.resolve(OutputFormat.CSV.file(spec));
            Path parquet = both.resolve(OutputFormat.PARQUET.file(spec));
            assertThat(parquet).as(spec.name()).isRegularFile();
            assertThat(rows(parquet)).as(spec.name()).isEqualTo(rows(csv));
        }
    }

    @Test
    void givesEveryParquetColumnTheTypeOfItsSchemaColumn() throws SQLException {
        List<String> actorIds = rows(both.resolve("actors.csv")).stream()
                .map(r -> r.get("actor_id"))
                .toList();
        for (TableSpec spec : Tables.ALL) {
            Map<String, String> expected = new LinkedHashMap<>();
            spec.columns().forEach(c -> expected.put(c.name(), PARQUET_TYPES.get(c.type())));
            spec.repeated().ifPresent(r -> actorIds.forEach(a -> expected.put(a, PARQUET_TYPES.get(r.type()))));

            assertThat(parquetTypes(both.resolve(OutputFormat.PARQUET.file(spec))))
                    .as(spec.name())
                    .containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void writesMissingNumbersAsNullAndEmptyStringsAsEmptyStrings() throws SQLException {
        Path documents = both.resolve("documents.parquet");

        assertThat(query(
                        documents,
                        "SELECT doc_id, pages IS NULL, chars IS NULL, status, error = '', stage "
                                + "FROM read_parquet(?) ORDER BY doc_id"))
                .containsExactly(
                        List.of("broken.pdf", "true", "true", "failed", "false", "extract"),
                        List.of("dprk-russia-treaty-2024.txt", "false", "false", "done", "true", ""),
                        List.of("vostochny-summit-2023.txt", "false", "false", "done", "true", ""));
    }

    @Test
    void writesTheSameParquetBytesOnARerun() throws IOException {
        Path again = dir.resolve("again");
        Cli.Result second = analyze(again, "csv,parquet");

        assertThat(second.exitCode()).as(second.err()).isEqualTo(Main.SOME_FAILED);
        for (TableSpec spec : Tables.ALL) {
            String file = OutputFormat.PARQUET.file(spec);
            assertThat(again.resolve(file)).as(file).hasSameBinaryContentAs(both.resolve(file));
        }
    }

    @Test
    void readsARunWrittenOnlyAsParquetInKwicAndTheReport() throws IOException {
        Path parquetOnly = dir.resolve("parquet-only");
        Cli.Result only = analyze(parquetOnly, "parquet");
        assertThat(only.exitCode()).as(only.err()).isEqualTo(Main.SOME_FAILED);
        assertThat(parquetOnly.resolve("dyads.csv")).doesNotExist();

        Cli.Result fromParquet = Cli.run("kwic", "--run", parquetOnly.toString(), "--actors", "PRK,RUS");
        Cli.Result fromCsv = Cli.run("kwic", "--run", both.toString(), "--actors", "PRK,RUS");
        Cli.Result report = Cli.run("report", "--run", parquetOnly.toString(), "-q");

        assertThat(fromParquet.exitCode()).as(fromParquet.err()).isZero();
        assertThat(fromParquet.out()).isNotEmpty().isEqualTo(fromCsv.out());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(parquetOnly.resolve("report.html"))).contains("vostochny-summit-2023.txt");
    }

    private static Map<String, String> parquetTypes(Path file) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (List<String> row : query(file, "DESCRIBE SELECT * FROM read_parquet(?)")) {
            types.put(row.get(0), row.get(1));
        }
        return types;
    }

    private static List<List<String>> query(Path file, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql.replace("?", "'" + file + "'"))) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
