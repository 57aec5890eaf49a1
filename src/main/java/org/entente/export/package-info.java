/**
 * Stage 5: the output tables: their one definition ({@link org.entente.export.Tables}) and deterministic,
 * atomic RFC 4180 CSV writing ({@link org.entente.export.RunTables}).
 */
package org.entente.export;
