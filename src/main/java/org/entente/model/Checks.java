package org.entente.model;

import java.util.Objects;

/** Argument checks shared by the records of this package. */
final class Checks {
    private Checks() {}

    static void span(int begin, int end) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
