package org.entente.extract;

import java.util.List;

/**
 * The lines found on one PDF page, in content order as detected by {@link PdfPageReader}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index      0-based page index
 * @param width      page width in points (after rotation)
 * @param height     page height in points (after rotation)
 * @param lines      the page's lines, top to bottom (columns not yet ordered)
 * @param gutterLeft left edge of the detected column gutter, or NaN for a one-column page
 * @param gutterRight right edge of the detected column gutter, or NaN
 * @param textChars  number of letters and digits on the page
 */
record PdfPage(
        int index,
        double width,
        double height,
        List<PdfLine> lines,
        double gutterLeft,
        double gutterRight,
        int textChars) {
    PdfPage {
        lines = List.copyOf(lines);
    }

    boolean twoColumns() {
        return !Double.isNaN(gutterLeft);
    }

    PdfPage withLines(List<PdfLine> newLines) {
        return new PdfPage(index, width, height, newLines, gutterLeft, gutterRight, textChars);
    }
}
