/**
 * Stage 1: extraction of clean text, paragraphs and metadata from PDF (PDFBox), HTML (jsoup) and plain text,
 * plus metadata sidecars and language detection. Entry point: {@link org.entente.extract.Extractor}.
 */
package org.entente.extract;
