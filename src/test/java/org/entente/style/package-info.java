/** Checks of the code's own style that the formatter does not make. */
package org.entente.style;
