package org.entente.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Generates docs/tables.md from the one definition of the tables ({@link Tables}), the network files
 * ({@link Network}) and the run manifest ({@link RunManifest#FIELDS}), so that the documentation cannot drift
 * from what is written: {@code entente schema} prints it, and a test fails when the file differs.
 *
 * <p>Stateless and thread-safe.
 */
public final class SchemaDoc {
    private SchemaDoc() {}

    /** The pandas dtype of a column type read from CSV (dates and lists stay text). */
    static String pandasType(ColumnType type) {
        return switch (type) {
            case INTEGER -> "\"int64\"";
            case BOOLEAN -> "bool";
            default -> "str";
        };
    }

    /** The readr column type of a column type read from CSV (dates stay text: they may be partial, e.g. 2024). */
    static String readrType(ColumnType type) {
        return switch (type) {
            case INTEGER -> "\"i\"";
            case BOOLEAN -> "\"l\"";
            default -> "\"c\"";
        };
    }

    /**
     * The one-line pandas call that loads a table with the schema's types.
     *
     * @param spec the table
     * @return Python source
     */
    public static String pandas(TableSpec spec) {
        String dtypes = spec.columns().stream()
                .map(c -> "\"" + c.name() + "\": " + pandasType(c.type()))
                .collect(Collectors.joining(", "));
        return "pd.read_csv(\"out/" + OutputFormat.CSV.file(spec) + "\", keep_default_na=False, dtype={" + dtypes
                + "})";
    }

    /**
     * The one-line readr call that loads a table with the schema's types.
     *
     * @param spec the table
     * @return R source
     */
    public static String readr(TableSpec spec) {
        String other = spec.repeated().map(c -> readrType(c.type())).orElse("\"c\"");
        String types = spec.columns().stream()
                .filter(c -> !readrType(c.type()).equals(other))
                .map(c -> c.name() + " = " + readrType(c.type()))
                .collect(Collectors.joining(", "));
        return "readr::read_csv(\"out/" + OutputFormat.CSV.file(spec)
                + "\", na = character(), col_types = readr::cols(.default = " + other
                + (types.isEmpty() ? "" : ", " + types) + "))";
    }

    /** The whole of docs/tables.md. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Tables

                <!-- Generated from org.entente.export.Tables by `./entente schema > docs/tables.md`; \
                SchemaDocTest fails when this file differs. Do not edit by hand. -->

                Schema version **%s** (what changed between versions: [CHANGELOG.md](../CHANGELOG.md)). The \
                tables are Entente's API: every column below is written in this order, and a change of columns is a \
                new schema version. Each table is written once per format of `--format` (`csv` by default; \
                `--format csv,parquet` writes `<table>.csv` and `<table>.parquet` side by side; `--format parquet` \
                Parquet only). Each run also writes `schema.csv` (the same definitions, for the tables of that run) \
                and `run.json` (how the tables were made).

                ## Conventions

                - CSV: UTF-8, RFC 4180 quoting (fields quoted only where needed), `\\n` line ends, one header row.
                - Column names are snake_case, except the actor columns of `doc_actor_counts_wide`, which are \
                actor ids as they are (`PRK`, `KIM_JONG_UN`) so that they match `actors`.
                - Types (CSV text → Parquet type): `string` (text → STRING); `integer` (digits only, no thousands \
                separators, empty only for a count that was not computed, e.g. of a failed document → INT64); \
                `boolean` (`true` or `false` → BOOLEAN); `date` (a whole day, `yyyy-mm-dd` → DATE); `partial_date` \
                (ISO 8601 as precise as the source: `yyyy-mm-dd`, `yyyy-mm` or `yyyy`; empty when unknown → \
                STRING, since a DATE would have to invent a month or a day); `list` (values separated by `;` → \
                LIST of STRING).
                - Missing values: in CSV the empty string; load with `keep_default_na=False` (pandas) or \
                `na = character()` (readr) so that they stay empty strings and a text such as "NA" or "null" \
                stays a value. In Parquet an empty integer, boolean, date or partial date is null, a string is \
                never null (an empty string stays empty), and an empty list is an empty list.
                - One row per key; rows are sorted by the key (integer columns numerically, the others by their \
                characters), in both formats. No timestamps in tables: the same input and options give \
                byte-identical files (CSV and Parquet, from `analyze` and from `spark`).
                - Parquet is written by the embedded DuckDB engine (`org.duckdb:duckdb_jdbc`): it writes Parquet \
                on Java 17 with nothing fetched at run time and without Apache Hadoop on the class path (which \
                parquet-java's writer needs), on one thread, so a file's bytes depend only on its rows; `entente \
                kwic` and `entente report` read a run written in either format.
                - `--excel-safe` writes every CSV text cell that starts with `=`, `+`, `-` or `@` (or a tab or a \
                carriage return) with a leading `'`, so that a spreadsheet opening the CSV shows it as text and runs \
                nothing. It changes those values, so it is off by default: leave it off for pandas and R.

                Every table loads in one line with its types (the lines below are generated with the table), e.g.:

                ```python
                import pandas as pd
                %s
                dyads = pd.read_parquet("out/dyads.parquet")  # with --format parquet: the types come with the file
                ```

                ```r
                %s
                ```

                `examples/analysis.ipynb` and `examples/analysis.R` load every table generically from `schema.csv`.

                ## Overview

                | table | one row per | key | written |
                |---|---|---|---|
                """.formatted(Tables.SCHEMA_VERSION, pandas(Tables.DYADS), readr(Tables.DYADS)));
        for (TableSpec t : Tables.ALL) {
            md.append("| [`")
                    .append(t.name())
                    .append("`](#")
                    .append(anchor(t.name()))
                    .append(") | ")
                    .append(escape(t.description().replaceFirst("^one row per ", "")))
                    .append(" | ")
                    .append(code(t.key()))
                    .append(" | ")
                    .append(t.option().isEmpty() ? "always" : "with `" + t.option() + "`")
                    .append(" |\n");
        }
        for (TableSpec t : Tables.ALL) {
            md.append("\n## ")
                    .append(t.name())
                    .append("\n\n")
                    .append(capitalise(escape(t.description())))
                    .append(". Key: ")
                    .append(code(t.key()))
                    .append(t.option().isEmpty() ? "." : ". Written with `" + t.option() + "`.")
                    .append("\n\n")
                    .append("| # | column | type | description |\n|---|---|---|---|\n");
            List<Column> columns = t.columns();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                columnRow(md, Integer.toString(i + 1), "`" + c.name() + "`", c);
            }
            t.repeated().ifPresent(c -> columnRow(md, (columns.size() + 1) + "…", "`<" + c.name() + ">`…", c));
            if (t == Tables.DOCUMENTS) {
                md.append("| … | *sidecar columns* | string | further columns of a `metadata.csv` sidecar, in "
                        + "name order |\n");
            }
            md.append("\n```python\n")
                    .append(pandas(t))
                    .append("\n```\n\n```r\n")
                    .append(readr(t))
                    .append("\n```\n");
        }
        md.append("""

                ## network.graphml, network.gexf

                The co-mention graph, for Gephi, networkx (`nx.read_graphml`, `nx.read_gexf`) and igraph \
                (`read_graph(..., format="graphml")`): one node per actor of the counted types (`--actor-types`) \
                mentioned in the run, id = actor_id; one undirected edge per co-mentioned pair (id \
                `ACTOR_1--ACTOR_2`). Nodes and edges are sorted by id; the files hold no dates of the run.

                Node attributes (GEXF: `label` is the node label, the rest are attributes):

                | attribute | type | description |
                |---|---|---|
                """);
        for (Column c : Network.NODE_ATTRIBUTES) {
            row(md, c.name(), c.type().label(), c.description());
        }
        md.append("""

                Edge attributes (GEXF: `weight` is the edge weight, the rest are attributes). One set per scope \
                of the run, named `<scope>_<attribute>` (`sentence_units`, `paragraph_documents`…); an edge has \
                every set, with 0 and empty dates for a scope in which the pair is not co-mentioned. Counts that \
                later issues add (per cue class: `<scope>_cue_<class>_units`) are new attributes beside these; \
                no existing attribute changes meaning.

                | attribute | type | description |
                |---|---|---|
                """);
        row(md, Network.WEIGHT.name(), Network.WEIGHT.type().label(), Network.WEIGHT.description());
        for (Column c : Network.EDGE_ATTRIBUTES_PER_SCOPE) {
            row(md, "<scope>_" + c.name(), c.type().label(), c.description());
        }
        md.append("""

                ## run.json

                The run manifest: how the tables were made. Everything in it is the same for the same input, \
                options and installation, except `timings_ms`, `started` and `finished`, the only timestamps of a \
                run.

                | field | type | description |
                |---|---|---|
                """);
        for (RunManifest.Field f : RunManifest.FIELDS) {
            row(md, f.name(), f.json(), f.description());
        }
        return md.toString();
    }

    /** A row of a table's column list: number, name (as written), type and description (escaped). */
    private static void columnRow(StringBuilder md, String number, String name, Column c) {
        cells(md, number, name, c.type().label(), escape(c.description()));
    }

    /** A row of a name, type and description table: the name as code, the description escaped. */
    private static void row(StringBuilder md, String name, String type, String description) {
        cells(md, "`" + name + "`", type, escape(description));
    }

    /** A Markdown table row of these cells, as given. */
    private static void cells(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String code(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    private static String anchor(String file) {
        return file.replace(".", "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
