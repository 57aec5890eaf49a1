package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;

/** docs/tables.md and the schema version cannot drift from the one definition in {@link Tables}. */
class SchemaDocTest {
    /** The pinned fingerprint of each schema version: a change of columns needs a new version and entry. */
    private static final String SCHEMA_2 = "2:63d6ee1d";

    private static final String SCHEMA_3 = "3:fc052b3f";
    private static final String SCHEMA_4 = "4:4926e15d";
    private static final String SCHEMA_5 = "5:a4671a73";

    @Test
    void docsTablesMdIsExactlyWhatTheSchemaGenerates() throws IOException {
        Path doc = Cli.HOME.resolve("docs/tables.md");

        assertThat(Files.readString(doc))
                .as("docs/tables.md differs from the schema in code: run ./entente schema > docs/tables.md")
                .isEqualTo(SchemaDoc.markdown());
    }

    @Test
    void theColumnsAreThoseOfTheCurrentSchemaVersion() {
        assertThat(Tables.SCHEMA_VERSION + ":" + Tables.fingerprint().substring(0, 8))
                .as("the columns changed: bump Tables.SCHEMA_VERSION, add a CHANGELOG.md entry, pin the new "
                        + "fingerprint here")
                .isEqualTo(SCHEMA_5);
    }

    @Test
    void theChangelogHasAnEntryForTheCurrentSchemaVersion() throws IOException {
        assertThat(Files.readString(Cli.HOME.resolve("CHANGELOG.md")))
                .contains("\n## Schema " + Tables.SCHEMA_VERSION + "\n");
    }

    @Test
    void generatesOneLinePandasAndReadrCallsWithTheSchemaTypes() {
        assertThat(SchemaDoc.pandas(Tables.DOC_ACTOR_COUNTS))
                .isEqualTo(
                        "pd.read_csv(\"out/doc_actor_counts.csv\", "
                                + "keep_default_na=False, dtype={\"doc_id\": str, \"actor_id\": str, \"mentions\": \"int64\"})");
        assertThat(SchemaDoc.readr(Tables.DOC_ACTOR_COUNTS))
                .isEqualTo("readr::read_csv(\"out/doc_actor_counts.csv\", "
                        + "na = character(), col_types = readr::cols(.default = \"c\", mentions = \"i\"))");
        assertThat(SchemaDoc.readr(Tables.DOC_ACTOR_COUNTS_WIDE))
                .isEqualTo("readr::read_csv(\"out/doc_actor_counts_wide.csv\", na = character(), "
                        + "col_types = readr::cols(.default = \"i\", doc_id = \"c\"))");
    }
}
