package com.alismart.ext.recognize;

import java.util.List;

/**
 * The little of a web page that recognition reads: its title and the elements that CSS selectors find. The browser
 * implements it over its DOM ({@code querySelector}), the command line over jsoup; so recognition uses only
 * selector syntax both understand (type, #id, .class, [attr], [attr="v"], [attr*="v"], descendant, comma lists).
 */
public interface Page {
    /** The document's title, or "". */
    String title();

    /** The first element that matches, or {@code null} (also when the engine refuses the selector). */
    Node first(String selector);

    /** At most {@code max} matching elements, in document order; never {@code null}. */
    List<Node> all(String selector, int max);

    /** How many elements the document has: challenge and error pages are small, product pages are not. */
    int elementCount();

    /** One element. */
    interface Node {
        /** The attribute's value, or {@code null}. */
        String attr(String name);

        /** The element's text (for a script, its source), cut to at most {@code max} characters. */
        String text(int max);

        /**
         * At most {@code max} characters of the text after the first occurrence of the most preferred of
         * {@code needles} (best first) that the text holds, or {@code null}. One pass over the text, without copying
         * it: finds a key in a megabyte of script state.
         */
        String textAfter(String[] needles, int max);
    }
}
