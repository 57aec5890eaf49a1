/**
 * Stage 2: sentence splitting, tokenization, tagging and named entities. The only package that imports
 * Stanford CoreNLP or Apache OpenNLP; their results are copied into model records at once. Entry point:
 * {@link org.entente.nlp.NlpEngine}.
 */
package org.entente.nlp;
