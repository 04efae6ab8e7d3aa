package se.fristad.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Takes a rendered page apart into the fields search indexes: the {@code <main>} element without what is not the
 * page's own text (heading anchor labels, notices, the reviewed date, lists of other pages — anything marked
 * {@code data-search-ignore}), split into headings and body. Title and summary come from the page model.
 */
public final class TextExtractor {
    private TextExtractor() {
    }

    public static PageText extract(String url, String title, String summary, String html) {
        return extract(url, title, summary, Jsoup.parse(mainOnly(html)).selectFirst("main"));
    }

    /**
     * As {@link #extract(String, String, String, String)}, from the page's {@code <main>} parsed already (and changed
     * here: what is not the page's own text is removed from it); null when the page has none.
     */
    public static PageText extract(String url, String title, String summary, Element main) {
        if (main == null) {
            return new PageText(url, title, "", summary, "");
        }
        main.select("[data-search-ignore], .heading-anchor, script, style, h1, .lead").remove();
        StringBuilder headings = new StringBuilder();
        Elements sections = main.select("h2, h3, h4, h5, h6");
        for (Element h : sections) {
            if (headings.length() > 0) {
                headings.append('\n');
            }
            headings.append(h.text());
        }
        sections.remove();
        return new PageText(url, title, headings.toString(), summary, main.text());
    }

    /**
     * Just the {@code <main>…</main>} of a page when it has exactly one of each (as every page a build renders
     * does), so that the parser skips the head, navigation and footer, about half of a page; else the whole page.
     * The element and all inside it parse as they would in the whole page.
     */
    public static String mainOnly(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        if (start < 0 || end < start || html.indexOf("<main", start + 1) >= 0 || html.indexOf("</main>", end + 1) >= 0) {
            return html;
        }
        char after = start + 5 < html.length() ? html.charAt(start + 5) : 'x';
        if (after != '>' && after != ' ' && after != '\n' && after != '\t') {
            return html; // <mainframe> or the like
        }
        return html.substring(start, end + "</main>".length());
    }
}
