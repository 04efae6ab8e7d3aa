package se.fristad.model;

import se.fristad.config.Language;
import se.fristad.load.SourcePage;

/**
 * One page of the built site, in one language.
 *
 * @param kind    a written page, a fallback showing another language's text, or a generated folder listing
 * @param lang    the language edition the page belongs to (its menus and notices are in this language)
 * @param key     what ties translations together: the path below {@code content/<lang>/}, e.g. {@code stod/bris.md};
 *                a folder's page has the key {@code <folder>/index.md}
 * @param url     site-relative address without a leading slash, ending in {@code /} (the home page is {@code ""})
 * @param source  the Markdown shown on this page; for a fallback, the original; null for a listing
 * @param title   title shown in menus and the h1
 * @param summary one sentence for listings; may be empty
 * @param order   position among siblings
 */
public record Page(Kind kind, Language lang, String key, String url, SourcePage source, String title, String summary, int order) {

    /**
     * A written page, a fallback showing another language's text, a generated folder listing, or one of the two
     * pages every edition gets: the search page and the list of all its pages (A–Z, the way in without JavaScript);
     * and the edition's "page not found" ({@code 404.html}), which a server shows for any address it lacks.
     */
    public enum Kind { CONTENT, FALLBACK, LISTING, SEARCH, AZ, NOT_FOUND }

    /** Generated pages that menus and listings leave out (the header links to search). */
    public boolean isGenerated() {
        return kind == Kind.SEARCH || kind == Kind.AZ || kind == Kind.NOT_FOUND;
    }

    /** Where the page is written, relative to the output folder. */
    public String outputPath() {
        return kind == Kind.NOT_FOUND ? url + "404.html" : url + "index.html";
    }

    /** The language of the text in {@code main}: the original's for a fallback. */
    public String contentLang() {
        return kind == Kind.FALLBACK ? source.lang() : lang.code();
    }

    public boolean isIndex() {
        return key.equals("index.md") || key.endsWith("/index.md");
    }
}
