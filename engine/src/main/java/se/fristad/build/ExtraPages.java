package se.fristad.build;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.fristad.config.Language;
import se.fristad.load.StaticFile;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;
import se.fristad.render.PageRenderer;
import se.fristad.render.SupportDirectory;

/**
 * The files a build writes beside the pages: every edition's "page not found" ({@code 404.html}, {@code en/404.html},
 * …) and support directory ({@code stod.json}, {@code en/stod.json}, …: {@link se.fristad.render.SupportDirectory});
 * the server settings ({@link ServerFiles}); and, only when {@code site.yml} gives the site's address
 * ({@code baseURL}), {@code sitemap.xml} (with every translation as an {@code xhtml:link} alternate) and
 * {@code robots.txt} naming it. Without a baseURL there is no absolute address to give a search engine, so neither is
 * written. None of them is a page: search and the sitemap, which list pages, leave them out.
 */
final class ExtraPages {
    private ExtraPages() {
    }

    /** Site-relative path → contents. */
    static Map<String, byte[]> render(Site site, PageRenderer renderer, java.time.LocalDate today, Problems problems) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Language l : site.languages()) {
            PageRenderer.Result r = renderer.renderNotFound(l, problems);
            String prefix = l.equals(site.config().source()) ? "" : l.code() + "/";
            if (r.html() != null) {
                out.put(prefix + "404.html", r.html().getBytes(StandardCharsets.UTF_8));
            }
            String directory = prefix + SupportDirectory.FILE;
            Optional<StaticFile> own = site.fileAt(directory);
            if (own.isPresent()) { // a copy of numbers, kept by hand, would drift from the support pages
                problems.add(Problem.error(own.get().file(), 1, 1, "the build writes the support directory of " + l.name() + " at "
                                + directory + ", from the support pages: this file would take its place",
                        "rename or delete it (the build's " + directory + " always has the support pages' numbers)"));
            } else {
                out.put(directory, renderer.supportDirectory(l, today));
            }
        }
        out.putAll(ServerFiles.render(site, problems));
        String base = site.config().baseUrl();
        if (!base.isEmpty()) {
            out.put("sitemap.xml", sitemap(site).getBytes(StandardCharsets.UTF_8));
            out.put("robots.txt", ("User-agent: *\nAllow: /\n\nSitemap: " + base + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * Every page meant to be found (written pages and folder listings; not fallbacks, which are {@code noindex}, nor
     * the search pages), each with the same alternates its {@code <link rel="alternate" hreflang>} give.
     */
    static String sitemap(Site site) {
        String base = site.config().baseUrl();
        List<Page> pages = new ArrayList<>(site.pages().stream()
                .filter(p -> p.kind() == Page.Kind.CONTENT || p.kind() == Page.Kind.LISTING).toList());
        pages.sort(Comparator.comparing(Page::url));
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Page p : pages) {
            b.append("  <url>\n    <loc>").append(xml(base + "/" + p.url())).append("</loc>\n");
            if (p.source() != null && p.source().front().reviewed() != null) {
                b.append("    <lastmod>").append(p.source().front().reviewed()).append("</lastmod>\n");
            }
            for (Map.Entry<String, String> a : alternates(site, p).entrySet()) {
                b.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(a.getKey())).append("\" href=\"")
                        .append(xml(base + "/" + a.getValue())).append("\"/>\n");
            }
            b.append("  </url>\n");
        }
        return b.append("</urlset>\n").toString();
    }

    /** hreflang → site address: the page's translations (not fallbacks, not easy-read editions) and x-default. */
    private static Map<String, String> alternates(Site site, Page page) {
        Map<String, String> out = new LinkedHashMap<>();
        if (page.lang().easyRead()) {
            return out; // another text in the same language, not a translation (as on the page itself)
        }
        List<Page> versions = site.versions(page.key()).stream()
                .filter(v -> !v.lang().easyRead() && v.kind() != Page.Kind.FALLBACK).toList();
        for (Page v : versions) {
            out.put(v.lang().lang(), v.url());
        }
        Optional<Page> fallbackDefault = versions.stream().findFirst();
        site.page(site.config().source().code(), page.key()).filter(s -> s.kind() != Page.Kind.FALLBACK).or(() -> fallbackDefault)
                .ifPresent(d -> out.put("x-default", d.url()));
        return out;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
