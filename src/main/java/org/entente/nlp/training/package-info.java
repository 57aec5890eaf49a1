/**
 * Training of the OpenNLP engine's name finder by distillation ({@code entente train-ner}): tooling off the
 * run path. Nothing that {@code analyze}, {@code spark} or {@code extract} runs depends on this package.
 */
package org.entente.nlp.training;
