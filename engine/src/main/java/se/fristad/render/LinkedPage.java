package se.fristad.render;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import se.fristad.model.Page;
import se.fristad.search.TextExtractor;

/**
 * Glossary links made in the rendered page itself, so that a page is parsed once for its links and its search text
 * (parsing was a fifth of a build's time, and each page was parsed twice: its body for the links, its
 * {@code <main>} for search). The renderer hands the layout the body between two markers; here the page's
 * {@code <main>} is parsed, the nodes between the markers are linked ({@link Glossary#link(Page, List)}) and put back
 * in place of the body, and the markers go. The parsed {@code <main>} is kept for search.
 *
 * <p>Where a layout does not show the body once inside {@code <main>} as it is (a site's own layout may do
 * anything), the body is linked alone as before. The build's output is the same byte for byte either way
 * (LinkedPageIT builds the default site both ways).
 */
final class LinkedPage {
    static final String START = "<!--fristad:body-->";
    static final String END = "<!--/fristad:body-->";
    private static final String START_DATA = "fristad:body";
    private static final String END_DATA = "/fristad:body";

    /** The page with its links, and its parsed {@code <main>} (with the links) when it was parsed whole; else null. */
    record Linked(String html, Element main) {
    }

    private LinkedPage() {
    }

    /** The body between the markers, as the layout shows it. */
    static String mark(String body) {
        return START + body + END;
    }

    /**
     * {@code html}, a rendered page whose layout got {@link #mark}{@code (body)}, with the first mention of each term
     * linked and the markers removed.
     */
    static Linked link(Glossary glossary, Page page, String body, String html) {
        int start = html.indexOf(START);
        int end = html.indexOf(END);
        if (start >= 0 && end > start && html.indexOf(START, start + 1) < 0 && html.indexOf(END, end + 1) < 0) {
            Document doc = Jsoup.parse(TextExtractor.mainOnly(html));
            doc.outputSettings().prettyPrint(false);
            Element main = doc.selectFirst("main");
            List<Comment> marks = new ArrayList<>();
            if (main != null) {
                main.nodeStream(Comment.class).filter(c -> c.getData().equals(START_DATA) || c.getData().equals(END_DATA)).forEach(marks::add);
            }
            if (marks.size() == 2 && marks.get(0).getData().equals(START_DATA) && marks.get(1).parent() == marks.get(0).parent()) {
                Comment open = marks.get(0);
                Comment close = marks.get(1);
                Element parent = open.parent();
                boolean changed = glossary.link(page, between(parent, open, close));
                String linked;
                if (changed) {
                    StringBuilder b = new StringBuilder(end - start);
                    for (Node n : between(parent, open, close)) {
                        b.append(n.outerHtml());
                    }
                    linked = b.toString();
                } else {
                    linked = html.substring(start + START.length(), end);
                }
                open.remove();
                close.remove();
                return new Linked(html.substring(0, start) + linked + html.substring(end + END.length()), main);
            }
        }
        // the layout changed the body, showed it twice, outside <main> or not at all: link it alone, as it was written
        String linked = glossary.link(page, body);
        return new Linked(html.replace(mark(body), linked).replace(START, "").replace(END, ""), null);
    }

    /** The nodes of {@code parent} after {@code open} and before {@code close}. */
    private static List<Node> between(Element parent, Node open, Node close) {
        return List.copyOf(parent.childNodes().subList(open.siblingIndex() + 1, close.siblingIndex()));
    }
}
