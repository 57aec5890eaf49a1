/**
 * Stage 5: the outputs of a run. The one definition of every table ({@link org.entente.export.Tables}), from
 * which the tables are written, {@code schema.csv} and docs/tables.md are generated
 * ({@link org.entente.export.SchemaDoc}); deterministic, atomic RFC 4180 CSV writing with optional Excel safety
 * ({@link org.entente.export.CsvTableWriter}, {@link org.entente.export.RunTables}); the co-mention graph as
 * GraphML and GEXF ({@link org.entente.export.Network}); and the run manifest, run.json
 * ({@link org.entente.export.RunManifest}). Depends on the model only.
 */
package org.entente.export;
