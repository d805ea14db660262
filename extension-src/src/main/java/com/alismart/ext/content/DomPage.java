package com.alismart.ext.content;

import com.alismart.ext.recognize.Page;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * The shop page's DOM as product recognition reads it. Only reads: nothing here changes the page. A selector the
 * browser refuses finds nothing instead of throwing into the page.
 */
final class DomPage implements Page {
    private final HTMLDocument document;

    DomPage(HTMLDocument document) {
        this.document = document;
    }

    @Override
    public String title() {
        String title = document.getTitle();
        return title == null ? "" : title;
    }

    @Override
    public Node first(String selector) {
        JSObject element = query(document, selector);
        return element == null ? null : new DomNode(element);
    }

    @Override
    public List<Node> all(String selector, int max) {
        JSArray<JSObject> found = queryAll(document, selector, max);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            nodes.add(new DomNode(found.get(i)));
        }
        return nodes;
    }

    @Override
    public int elementCount() {
        return count(document);
    }

    private static final class DomNode implements Node {
        private final JSObject element;

        DomNode(JSObject element) {
            this.element = element;
        }

        @Override
        public String attr(String name) {
            return attribute(element, name);
        }

        @Override
        public String text(int max) {
            return textOf(element, max);
        }

        @Override
        public String textAfter(String[] needles, int max) {
            return textAfterOf(element, needles, max);
        }
    }

    @JSBody(params = "doc", script = "return doc.getElementsByTagName('*').length;")
    private static native int count(HTMLDocument doc);

    // The browser's indexOf, needle by needle in order of preference: on quote-dense JSON state it beats one
    // regular expression with alternatives (measured), and the script is never copied into Java.
    @JSBody(params = {"element", "needles", "max"}, script = "var text = element.textContent;"
            + " if (typeof text !== 'string') { return null; }"
            + " for (var i = 0; i < needles.length; i++) { var at = text.indexOf(needles[i]);"
            + " if (at >= 0) { var from = at + needles[i].length; return text.substring(from, from + max); } }"
            + " return null;")
    private static native String textAfterOf(JSObject element, String[] needles, int max);

    @JSBody(params = {"doc", "selector"}, script = "try { return doc.querySelector(selector) || null; }"
            + " catch (err) { return null; }")
    private static native JSObject query(HTMLDocument doc, String selector);

    @JSBody(params = {"doc", "selector", "max"}, script = "try {"
            + " return Array.prototype.slice.call(doc.querySelectorAll(selector), 0, max); }"
            + " catch (err) { return []; }")
    private static native JSArray<JSObject> queryAll(HTMLDocument doc, String selector, int max);

    @JSBody(params = {"element", "name"}, script = "var value = element.getAttribute(name);"
            + " return typeof value === 'string' ? value : null;")
    private static native String attribute(JSObject element, String name);

    @JSBody(params = {"element", "max"}, script = "var text = element.textContent;"
            + " if (typeof text !== 'string') { return ''; }"
            + " return text.length > max ? text.substring(0, max) : text;")
    private static native String textOf(JSObject element, int max);
}
