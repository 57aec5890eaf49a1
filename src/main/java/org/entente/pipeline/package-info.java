/**
 * Runs the stages over a corpus: input discovery, per-document processing on worker threads with failures
 * isolated per document, and ordered, streaming output. Entry point: {@link org.entente.pipeline.Analysis}.
 */
package org.entente.pipeline;
