/**
 * Stage 4: co-mention counting (dyads, triads) per unit and corpus totals. Entry point:
 * {@link org.entente.relations.CoMentionCounter}.
 */
package org.entente.relations;
