/**
 * Immutable records passed between the stages: documents, paragraphs, sentences, tokens, mentions, actors and
 * co-mention counts. Character offsets index the document's extracted text (UTF-16 code units, begin
 * inclusive, end exclusive). This package depends on nothing else in Entente.
 */
package org.entente.model;
