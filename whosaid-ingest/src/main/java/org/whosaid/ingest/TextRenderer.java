package org.whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML element as article text: one paragraph per block element, separated by a blank
 * line, white space collapsed inside paragraphs. A {@code <q>} becomes “…” and a {@code <blockquote>}
 * becomes quoted paragraphs (“ opening each, ” closing the last, as in print), unless its text is
 * already in quotation marks; a footer, cite or dash line inside the blockquote stays outside the
 * quotation, as the attribution it is. Walks the tree without recursion, so depth cannot overflow.
 */
final class TextRenderer {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul");
    static final String PARAGRAPH_BREAK = "\n\n";

    private TextRenderer() {
    }

    static String render(Element root) {
        Walker w = new Walker();
        NodeTraversor.traverse(w, root);
        w.endParagraph();
        StringBuilder out = new StringBuilder();
        for (Para p : w.paras) {
            if (out.length() > 0) {
                out.append(PARAGRAPH_BREAK);
            }
            out.append(p.text);
        }
        return out.toString();
    }

    private static final class Para {
        final StringBuilder text;
        final boolean attribution;

        Para(StringBuilder text, boolean attribution) {
            this.text = text;
            this.attribution = attribution;
        }
    }

    private static final class Walker implements NodeVisitor {
        final List<Para> paras = new ArrayList<>();
        private StringBuilder cur = new StringBuilder();
        private boolean space;
        private int qDepth;
        /** Paragraph index where each open blockquote began. */
        private final List<Integer> quoteStarts = new ArrayList<>();
        /** Depth of footer/cite elements inside a blockquote: their text is attribution, not quote. */
        private int attributionDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                endParagraph();
                return;
            }
            if (BLOCKS.contains(tag)) {
                endParagraph();
            }
            if (isAttribution(e)) {
                endParagraph();
                attributionDepth++;
            }
            if (tag.equals("blockquote")) {
                quoteStarts.add(paras.size());
            } else if (tag.equals("q")) {
                word(qDepth % 2 == 0 ? "\u201C" : "\u2018");
                space = false;
                qDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("q")) {
                qDepth--;
                int len = cur.length();
                if (len > 0 && cur.charAt(len - 1) == ' ') {
                    cur.setLength(len - 1);
                }
                cur.append(qDepth % 2 == 0 ? '\u201D' : '\u2019');
                space = false;
                return;
            }
            if (BLOCKS.contains(tag)) {
                endParagraph();
            }
            if (isAttribution(e)) {
                endParagraph();
                attributionDepth--;
            }
            if (tag.equals("blockquote")) {
                endParagraph();
                quote(quoteStarts.remove(quoteStarts.size() - 1));
            }
        }

        private boolean isAttribution(Element e) {
            return !quoteStarts.isEmpty() && (e.normalName().equals("footer") || e.hasAttr(Boilerplate.ATTRIBUTION));
        }

        private void appendText(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    space = true;
                } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                    // zero-width space, stray BOM and soft hyphen carry no text
                } else {
                    if (space && cur.length() > 0) {
                        cur.append(' ');
                    }
                    space = false;
                    cur.append(c);
                }
            }
        }

        private void word(String s) {
            if (space && cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(s);
        }

        void endParagraph() {
            int end = cur.length();
            while (end > 0 && cur.charAt(end - 1) == ' ') {
                end--;
            }
            cur.setLength(end);
            if (end > 0) {
                boolean dashLine = !quoteStarts.isEmpty() && isDash(cur.charAt(0));
                paras.add(new Para(cur, attributionDepth > 0 || dashLine));
                cur = new StringBuilder();
            }
            space = false;
        }

        /** Puts the paragraphs of a blockquote, from {@code start}, in quotation marks. */
        private void quote(int start) {
            List<Para> quoted = new ArrayList<>();
            for (int i = start; i < paras.size(); i++) {
                if (!paras.get(i).attribution) {
                    quoted.add(paras.get(i));
                }
            }
            if (quoted.isEmpty() || isQuoteMark(quoted.get(0).text.charAt(0))) {
                return;
            }
            for (Para p : quoted) {
                p.text.insert(0, '\u201C');
            }
            quoted.get(quoted.size() - 1).text.append('\u201D');
        }
    }

    private static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '-' || c == '~';
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201E' || c == '\u2018' || c == '\u00AB'
                || c == '\u00BB' || c == '\u201A' || c == '\u300C';
    }
}
