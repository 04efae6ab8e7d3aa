package se.fristad.search;

/**
 * What search knows of one page: its fields, as plain text.
 *
 * @param url      the page's address below the site's top, e.g. {@code hjalp-och-stod/bris/}
 * @param title    the page title (weighted highest)
 * @param headings the page's section headings, one per line
 * @param summary  the one-sentence summary
 * @param body     the rest of the main content
 */
public record PageText(String url, String title, String headings, String summary, String body) {
}
