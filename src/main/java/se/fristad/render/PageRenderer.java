package se.fristad.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import java.nio.file.Path;

import se.fristad.check.ContentSafety;
import se.fristad.config.Language;
import se.fristad.model.Keys;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.model.Urls;
import se.fristad.problem.Problems;
import se.fristad.render.LinkResolver.AnchorUse;
import se.fristad.render.MarkdownRenderer.Body;

/**
 * Renders one page: its Markdown body, then the layout around it (menus, language switcher, breadcrumbs,
 * alternates). Thread-safe; the build calls it for many pages at once.
 */
public final class PageRenderer {

    /** The page's HTML (null when a template failed), the anchors it links to, and its own heading ids. */
    public record Result(String html, List<AnchorUse> anchors, Set<String> ids) {
    }

    private final Site site;
    private final Layouts layouts;
    private final MarkdownRenderer markdown;
    private final Map<String, Map<String, String>> strings;
    private final Set<String> assets;
    private final Map<String, String> icons;
    private final DataModel data;
    private final Listings listings;

    /**
     * @param strings theme strings per language code
     * @param assets  site-relative addresses of the theme's assets
     * @param icons   the theme's pictograms as inline SVG, by name (see {@link Icons})
     */
    public PageRenderer(Site site, Layouts layouts, MarkdownRenderer markdown, Map<String, Map<String, String>> strings, Set<String> assets,
                        Map<String, String> icons) {
        this.site = site;
        this.layouts = layouts;
        this.markdown = markdown;
        this.strings = strings;
        this.assets = assets;
        this.icons = icons;
        this.data = new DataModel(site);
        this.listings = new Listings(site, data);
    }

    public Result render(Page page, Problems problems) {
        Map<String, String> t = strings.get(page.lang().code());
        List<AnchorUse> anchors = List.of();
        Set<String> ids = Set.of();
        String content = "";
        if (page.source() != null) {
            LinkResolver links = new LinkResolver(site, page, assets, problems);
            String[] labelLang = page.kind() == Page.Kind.FALLBACK ? new String[] {page.lang().code(), page.lang().dir()} : null;
            Path file = page.source().file();
            MarkdownRenderer.Hooks hooks = new MarkdownRenderer.Hooks() {
                @Override
                public String link(MarkdownRenderer.Written use, boolean image) {
                    return links.rewrite(use, image);
                }

                @Override
                public void rawHtml(MarkdownRenderer.Written html) {
                    ContentSafety.checkHtml(file, html.line(), html.column(), html.text(), problems);
                }
            };
            Body body = markdown.render(page.source(), hooks, t.getOrDefault("anchor_link", ""), labelLang);
            content = body.html();
            anchors = links.anchors();
            ids = body.ids();
            var plan = data.plan(page);
            if (plan.isPresent()) { // every action's row has an anchor links may point at
                ids = new java.util.HashSet<>(ids);
                for (var a : plan.get().actions()) {
                    ids.add(a.anchor());
                }
            }
        }
        Map<String, Object> model = model(page, content, t);
        String template = "listing.ftlh";
        if (page.kind() != Page.Kind.LISTING) {
            template = layouts.pick(page.source().front().type() + ".ftlh", "page.ftlh");
            if (page.source().front().layout() != null) { // a missing layout is reported by the build; use the type's
                template = layouts.pick(page.source().front().layout().name() + ".ftlh", template);
            }
        }
        return new Result(layouts.render(template, model, Locale.forLanguageTag(page.lang().code()), problems), anchors, ids);
    }

    private Map<String, Object> model(Page page, String content, Map<String, String> t) {
        Language lang = page.lang();
        String root = Urls.relative(page.url(), "");
        Map<String, Object> m = new HashMap<>();
        Map<String, Object> siteModel = new HashMap<>();
        siteModel.put("title", site.config().title());
        siteModel.put("root", root);
        siteModel.put("assets", root.equals("./") ? "assets/" : root + "assets/");
        siteModel.put("home", href(page, site.page(lang.code(), Keys.HOME).map(Page::url).orElse("")));
        siteModel.put("sourceLang", site.config().source().code());
        siteModel.put("exitUrl", site.config().exitUrl());
        siteModel.put("municipalities", site.config().municipalities());
        siteModel.put("pagesOfType", listings.method(page));
        siteModel.put("safetyHref", site.page(lang.code(), site.config().safetyPage()).map(s -> href(page, s.url())).orElse(""));
        m.put("site", siteModel);

        Map<String, Object> p = new HashMap<>();
        p.put("title", page.title());
        p.put("summary", page.summary());
        p.put("kind", page.kind().name().toLowerCase(Locale.ROOT));
        p.put("lang", lang.code());
        p.put("dir", lang.dir());
        p.put("contentLang", page.contentLang());
        p.put("contentDir", site.config().language(page.contentLang()).dir());
        p.put("url", page.url());
        p.put("content", content);
        p.put("isHome", page.key().equals(Keys.HOME));
        p.put("type", page.source() != null ? page.source().front().type() : "listing");
        p.put("machineTranslation", page.kind() == Page.Kind.CONTENT && page.source().front().machineTranslated());
        var reviewed = page.source() != null ? page.source().front().reviewed() : null;
        p.put("reviewed", reviewed == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(lang.code())).format(reviewed));
        p.put("reviewedIso", reviewed == null ? "" : reviewed.toString());
        p.put("layout", page.source() != null && page.source().front().layout() != null ? page.source().front().layout().name() : "");
        p.put("glossary", page.source() == null || page.source().front().glossary());
        p.putAll(data.of(page));
        m.put("page", p);
        m.put("t", t);
        m.put("icons", icons);

        List<Map<String, Object>> switcher = new ArrayList<>();
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Page v : site.versions(page.key())) {
            Map<String, Object> l = new HashMap<>();
            l.put("code", v.lang().code());
            l.put("name", v.lang().name());
            l.put("dir", v.lang().dir());
            l.put("href", href(page, v.url()));
            l.put("current", v.lang().equals(lang));
            switcher.add(l);
            if (v.kind() != Page.Kind.FALLBACK) {
                alternates.add(Map.of("hreflang", v.lang().code(), "href", absolute(page, v.url())));
            }
        }
        site.page(site.config().source().code(), page.key()).filter(s -> s.kind() != Page.Kind.FALLBACK)
                .or(() -> site.versions(page.key()).stream().filter(v -> v.kind() != Page.Kind.FALLBACK).findFirst())
                .ifPresent(d -> alternates.add(Map.of("hreflang", "x-default", "href", absolute(page, d.url()))));
        m.put("languages", switcher);
        m.put("alternates", alternates);

        List<Map<String, Object>> crumbs = new ArrayList<>();
        for (Page c : site.trail(page)) {
            crumbs.add(Map.of("title", c.title(), "href", href(page, c.url()), "current", c.equals(page),
                    "lang", c.contentLang(), "dir", dir(c)));
        }
        m.put("breadcrumbs", crumbs);

        List<Map<String, Object>> menu = new ArrayList<>();
        for (Page c : site.menu(lang.code())) {
            menu.add(Map.of("title", c.title(), "href", href(page, c.url()), "lang", c.contentLang(), "dir", dir(c),
                    "current", page.url().startsWith(c.url()) && !c.url().equals(site.page(lang.code(), Keys.HOME).map(Page::url).orElse(""))));
        }
        m.put("menu", menu);

        List<Map<String, Object>> children = new ArrayList<>();
        if (page.isIndex()) {
            for (Page c : site.children(page)) {
                children.add(Map.of("title", c.title(), "summary", c.summary(), "href", href(page, c.url()),
                        "lang", c.contentLang(), "dir", dir(c), "translated", c.kind() != Page.Kind.FALLBACK,
                        "type", c.source() != null ? c.source().front().type() : "listing"));
            }
        }
        m.put("children", children);
        return m;
    }

    /** Writing direction of the text a page shows (a Swedish fallback inside the Arabic edition is ltr). */
    private String dir(Page p) {
        return site.config().language(p.contentLang()).dir();
    }

    private static String href(Page from, String to) {
        return Urls.relative(from.url(), to);
    }

    /** hreflang wants absolute addresses where the site's address is known; relative otherwise. */
    private String absolute(Page from, String to) {
        String base = site.config().baseUrl();
        return base.isEmpty() ? href(from, to) : base + "/" + to;
    }
}
