package se.fristad.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security policy of every page, stated once: the theme's {@code layout.ftlh} writes {@link #PAGE} and
 * {@link #REFERRER} as {@code <meta>} tags ({@code site.csp}, {@code site.referrer}), and the build writes
 * {@link #headers()} into the files hosts read ({@code _headers}, {@code .htaccess}) and docs/webbserver.md shows them
 * for nginx. A server adds what a {@code <meta>} tag cannot say: that no other site may frame the pages.
 */
public final class SecurityPolicy {
    /** The Content-Security-Policy a page carries itself: everything from the site's own host, nothing else. */
    public static final String PAGE = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";
    /** The Content-Security-Policy a server sends: the page's, and no framing (browsers ignore it in a {@code <meta>}). */
    public static final String HEADER = PAGE + "; frame-ancestors 'none'";
    /** The page's address is never sent to the site a link leads to. */
    public static final String REFERRER = "no-referrer";
    /** A file is what its type says (a text file never runs as a script). */
    public static final String CONTENT_TYPE_OPTIONS = "nosniff";
    /** The pages use none of these; no script on them may ask for them. */
    public static final String PERMISSIONS = "geolocation=(), camera=(), microphone=(), interest-cohort=()";

    private SecurityPolicy() {
    }

    /** Header name → value, as a server should send them with every answer. */
    public static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", HEADER);
        h.put("Referrer-Policy", REFERRER);
        h.put("X-Content-Type-Options", CONTENT_TYPE_OPTIONS);
        h.put("Permissions-Policy", PERMISSIONS);
        return h;
    }
}
