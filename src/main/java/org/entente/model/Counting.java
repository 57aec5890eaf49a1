package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What co-mentions count: the actor types in the sets, the units, and the largest set counted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actorTypes the actor types counted in co-mentions (the nodes of the network)
 * @param scopes     the co-mention units, sorted, without repeats (the first weights the network)
 * @param maxArity   the largest co-mentioned set counted (3: dyads and triads; more fills nary.csv)
 */
public record Counting(Set<ActorType> actorTypes, List<Scope> scopes, int maxArity) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The conventions' defaults: states, sentences, dyads and triads. */
    public static final Counting DEFAULTS = new Counting(Set.of(ActorType.STATE), List.of(Scope.SENTENCE), 3);

    public Counting {
        actorTypes = Set.copyOf(actorTypes);
        scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes"));
        if (actorTypes.isEmpty()) {
            throw new IllegalArgumentException("--actor-types: expected at least one of STATE, LEADER, ORG");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException(
                    "--scope: expected at least one of sentence, paragraph, document, " + "window:N");
        }
        if (maxArity < 3 || maxArity > 8) {
            throw new IllegalArgumentException("--max-arity " + maxArity + ": expected a whole number from 3 to 8");
        }
    }

    /** Adds the options as run.json names them: scope, actor_types, max_arity. */
    public void describe(Map<String, Object> out) {
        out.put("scope", scopes.stream().map(Scope::label).toList());
        out.put("actor_types", actorTypes.stream().map(Enum::name).sorted().toList());
        out.put("max_arity", maxArity);
    }
}
