package org.entente.model;

import java.io.Serializable;

/**
 * One arc of a sentence's dependency structure (Universal Dependencies labels: nsubj, obj, obl, nmod:poss…).
 *
 * @param governor  index of the governing token within the sentence, or {@link #ROOT} for the root
 * @param dependent index of the dependent token within the sentence (0-based, as in {@link Sentence#tokens()})
 * @param relation  the relation label, such as nsubj or nsubj:pass
 */
public record Dependency(int governor, int dependent, String relation) implements Serializable {
    /** The governor index of the sentence's root. */
    public static final int ROOT = -1;

    public Dependency {
        if (dependent < 0 || governor < ROOT || governor == dependent) {
            throw new IllegalArgumentException("invalid dependency " + governor + " -> " + dependent
                    + ": expected token indices >= 0, a governor of -1 for the root, and no self-loop");
        }
        Checks.text(relation, "relation");
    }
}
