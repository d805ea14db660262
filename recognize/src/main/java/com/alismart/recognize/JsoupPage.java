package com.alismart.recognize;

import com.alismart.ext.recognize.Page;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/** A saved page parsed by jsoup, read the way the browser's DOM is read by the content script. */
final class JsoupPage implements Page {
    private final Document document;

    JsoupPage(Document document) {
        this.document = document;
    }

    @Override
    public String title() {
        // document.title in the browser: the first <title> anywhere, whitespace collapsed (jsoup's title() looks in
        // <head> only).
        Element title = document.selectFirst("title");
        return title == null ? "" : title.text();
    }

    @Override
    public Node first(String selector) {
        try {
            Element element = document.selectFirst(selector);
            return element == null ? null : new JsoupNode(element);
        } catch (Selector.SelectorParseException e) {
            return null;
        }
    }

    @Override
    public List<Node> all(String selector, int max) {
        List<Node> nodes = new ArrayList<>();
        Elements found;
        try {
            found = document.select(selector);
        } catch (Selector.SelectorParseException e) {
            return nodes;
        }
        for (int i = 0; i < found.size() && i < max; i++) {
            nodes.add(new JsoupNode(found.get(i)));
        }
        return nodes;
    }

    @Override
    public int elementCount() {
        return document.getAllElements().size();
    }

    private static final class JsoupNode implements Node {
        private final Element element;

        JsoupNode(Element element) {
            this.element = element;
        }

        @Override
        public String attr(String name) {
            return element.hasAttr(name) ? element.attr(name) : null;
        }

        @Override
        public String text(int max) {
            String text = fullText();
            return text.length() > max ? text.substring(0, max) : text;
        }

        @Override
        public String textAfter(String[] needles, int max) {
            String text = fullText();
            for (String needle : needles) {
                int at = text.indexOf(needle);
                if (at >= 0) {
                    int from = at + needle.length();
                    return text.substring(from, (int) Math.min(text.length(), (long) from + max));
                }
            }
            return null;
        }

        private String fullText() {
            // A script's source is its data, not its text, in jsoup; textContent gives it in the browser.
            String tag = element.normalName();
            return tag.equals("script") || tag.equals("style") ? element.data() : element.text();
        }
    }
}
