/**
 * Evaluation, benchmark and training tools, off the run path: the gold set and its scores ({@code entente
 * eval}), the comparison of the engines ({@code compare-engines}), the engine benchmark ({@code bench}) and the
 * distillation corpus of the name finder ({@code train-ner}). Depends on {@code pipeline}; nothing that
 * {@code analyze}, {@code spark} or {@code extract} runs depends on this package.
 */
package org.entente.evaluation;
