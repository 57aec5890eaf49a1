package org.entente.extract;

/**
 * One line of text on a PDF page, built from text runs sharing a baseline band (none overlapping another
 * horizontally), with its geometry.
 *
 * <p>Coordinates are in points from the top-left corner of the page (y grows downwards). Immutable and
 * thread-safe.
 *
 * @param page     0-based page index
 * @param x0       left edge of the first glyph
 * @param x1       right edge of the last glyph
 * @param baseline baseline y of the line's dominant glyphs
 * @param size     dominant font size in points (by character count)
 * @param bold     whether the dominant font is bold
 * @param column   -1 for a line spanning the page (or a one-column page), 0 left column, 1 right column
 * @param text     the line's text, words separated by single spaces
 */
record PdfLine(int page, double x0, double x1, double baseline, double size, boolean bold, int column, String text) {
    /** Top of the line (baseline minus font size). */
    double top() {
        return baseline - size;
    }
}
