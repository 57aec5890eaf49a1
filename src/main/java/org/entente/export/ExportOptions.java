package org.entente.export;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.model.ActorType;
import org.entente.model.Period;
import org.entente.model.Scope;

/**
 * What the export writes besides the fixed tables.
 *
 * <p>Immutable and thread-safe.
 *
 * @param wide       also write doc_actor_counts_wide.csv (the document x actor matrix)
 * @param period     the period of timeseries.csv
 * @param excelSafe  guard text cells that a spreadsheet would read as formulas
 * @param actorTypes the actor types counted in co-mentions: the nodes of the network
 * @param scopes     the co-mention scopes of the run, in the order given (the first weights the network)
 */
public record ExportOptions(boolean wide, Period period, boolean excelSafe, Set<ActorType> actorTypes,
                            List<Scope> scopes) {
    public ExportOptions {
        Objects.requireNonNull(period, "period");
        actorTypes = Set.copyOf(actorTypes);
        scopes = List.copyOf(scopes);
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("at least one scope is needed");
        }
    }

    /** The defaults of {@code entente analyze}: no wide table, quarters, no Excel guard, states, sentences. */
    public static final ExportOptions DEFAULTS = new ExportOptions(false, Period.QUARTER, false,
            Set.of(ActorType.STATE), List.of(Scope.SENTENCE));
}
