package se.fristad.serve;

import java.nio.file.Path;
import java.util.List;

import se.fristad.problem.Problem;

/** The page {@code serve} shows instead of the site while the site has errors. */
final class ErrorPage {
    private ErrorPage() {
    }

    /**
     * @param stylesheet the address of the theme's stylesheet in the last site built ({@code /assets/<hash>/css/fristad.css}),
     *                   or null when there is none
     */
    static String html(List<Problem> problems, Path siteDir, String stylesheet) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Build error – Fristad</title>"
                + (stylesheet == null ? "" : "<link rel=\"stylesheet\" href=\"" + escape(stylesheet) + "\">") + "</head>"
                + "<body><main id=\"main\" class=\"wrap\"><h1>The site could not be built</h1>"
                + "<p>Fix these and save; this page reloads by itself.</p><ul class=\"build-errors\">");
        for (Problem p : problems) {
            if (p.isError()) {
                b.append("<li><code>").append(escape(p.format(siteDir))).append("</code></li>");
            }
        }
        return b.append("</ul></main></body></html>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
