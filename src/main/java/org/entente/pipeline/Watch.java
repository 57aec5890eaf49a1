package org.entente.pipeline;

import org.entente.model.Stage;

/**
 * Told how far the work on one document got: each stage as it begins, the size of its file and, once extracted,
 * the size of its text
 * (the memory guard cancels the largest document in progress, {@link Workers}).
 */
@FunctionalInterface
interface Watch {
    /** Watches nothing. */
    Watch NONE = stage -> {};

    /** A stage begins. */
    void stage(Stage stage);

    /** The document's file has this many bytes (told before extraction). */
    default void bytes(long bytes) {}

    /** The document's text has this many characters (told once extracted). */
    default void chars(long chars) {}
}
