package se.fristad.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A resident's visit must leave no trace at any other host: every built page, served with the site's
 * Content-Security-Policy as a header, loads nothing from anywhere but its own origin and breaks no part of
 * the policy; and the HTML itself carries nothing the policy would block (inline scripts, inline styles,
 * event-handler attributes).
 */
class SecurityIT extends ServedSiteTest {

    private static final String LOCAL_HOST = "127.0.0.1";
    /** Elements' attributes whose URL the browser fetches by itself, without the reader clicking. */
    private static final String FETCHED_URLS =
            "[src], [srcset], [poster], object[data], link[href], [background], input[formaction], form[action]";
    /** {@code <link rel>} values that only describe a page and fetch nothing. */
    private static final Set<String> DESCRIPTIVE_RELS = Set.of("alternate", "canonical", "author", "license", "help",
            "next", "prev", "search", "bookmark");




    /** Read from {@link PageSweep}: each page loaded once with the CSP header, its whole visit logged. */
    @Test
    void everyPageStaysOnItsOwnOriginAndKeepsToThePolicy() {
        PageSweep.Result sweep = PageSweep.of(site, server);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (PageSweep.PageResult page : sweep.pages()) {
            requests += page.requests();
            String name = BuiltSite.display(page.path());
            page.security().forEach(p -> failures.add(name + ": " + p));
        }
        assertTrue(requests > 0, "no requests were recorded at all; the listener is broken");
        assertTrue(sweep.pages().size() == BuiltSite.allPagePaths(site).size(), "the sweep missed pages");
        if (!failures.isEmpty()) {
            fail(failures.size() + " problem(s) while loading the built pages from " + server.baseUrl()
                    + " with the CSP header:\n  " + String.join("\n  ", failures));
        }
    }

    @Test
    void htmlCarriesNothingThePolicyWouldBlock() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String path : BuiltSite.allPagePaths(site)) {
            Path file = BuiltSite.file(site, path);
            Document doc = Jsoup.parse(Files.readString(file), server.url(path));
            String name = BuiltSite.relativeName(file);
            for (Element script : doc.select("script")) {
                if (!script.hasAttr("src") && !script.data().isBlank() && !isDataBlock(script)) {
                    failures.add(name + ": inline <script> with content: " + abbreviate(script.outerHtml()));
                }
            }
            for (Element style : doc.select("style")) {
                failures.add(name + ": inline <style> element: " + abbreviate(style.outerHtml()));
            }
            for (Element el : doc.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    if (key.equals("style")) {
                        failures.add(name + ": style= attribute on " + describe(el));
                    } else if (key.startsWith("on")) {
                        failures.add(name + ": event handler " + key + "= on " + describe(el));
                    } else if (a.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                        failures.add(name + ": javascript: URL in " + key + "= on " + describe(el));
                    }
                }
            }
            for (Element el : doc.select(FETCHED_URLS)) {
                if (el.tagName().equals("link") && isDescriptive(el)) continue;
                for (String attr : List.of("src", "srcset", "poster", "data", "href", "background", "formaction", "action")) {
                    if (!el.hasAttr(attr)) continue;
                    // srcset holds "url size, url size"; every other attribute holds one URL.
                    List<String> urls = attr.equals("srcset")
                            ? List.of(el.attr(attr).split(",")) : List.of(el.attr(attr));
                    for (String candidate : urls) {
                        String url = attr.equals("srcset") ? candidate.trim().split("\\s+")[0] : candidate.trim();
                        if (url.isEmpty()) continue;
                        String abs = resolve(server.url(path), url);
                        if (abs != null && !isLocal(abs)) {
                            failures.add(name + ": " + describe(el) + " would fetch " + url + " from another host");
                        }
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " thing(s) in the built HTML that the Content-Security-Policy blocks or that leave"
                    + " the site:\n  " + String.join("\n  ", failures));
        }
    }

    private static boolean isDescriptive(Element link) {
        String rel = link.attr("rel").toLowerCase(Locale.ROOT).trim();
        if (rel.isEmpty()) return false;
        for (String r : rel.split("\\s+")) {
            if (!DESCRIPTIVE_RELS.contains(r)) return false;
        }
        return true;
    }

    private static boolean isDataBlock(Element script) {
        String type = script.attr("type").toLowerCase(Locale.ROOT).trim();
        return type.equals("application/json") || type.equals("application/ld+json");
    }

    /** Same host, or a scheme that never reaches the network. */
    static boolean isLocal(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:") || lower.startsWith("blob:") || lower.startsWith("about:")) return true;
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && LOCAL_HOST.equals(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String resolve(String base, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:") || lower.startsWith("blob:")) return url;
        try {
            return URI.create(base).resolve(url.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return url; // not a URL Java can parse: reported unless it is plainly local
        }
    }

    private static String describe(Element el) {
        String html = el.outerHtml();
        int end = html.indexOf('>');
        return abbreviate(end < 0 ? html : html.substring(0, end + 1));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= 160 ? one : one.substring(0, 157) + "…";
    }
}
