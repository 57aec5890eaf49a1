package org.entente.pipeline;

import org.entente.model.Stage;

/**
 * Told how far the work on one document got: each stage as it begins and, once extracted, the size of its text
 * (the memory guard cancels the largest document in progress, {@link Workers}).
 */
@FunctionalInterface
interface Watch {
    /** Watches nothing. */
    Watch NONE = stage -> {};

    /** A stage begins. */
    void stage(Stage stage);

    /** The document's text has this many characters. */
    default void chars(long chars) {}
}
