package se.fristad.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.nio.file.Path;

import se.fristad.check.ContentSafety;
import se.fristad.config.AccessibilityStatement;
import se.fristad.config.Language;
import se.fristad.model.Keys;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.model.Urls;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;
import se.fristad.render.LinkResolver.AnchorUse;
import se.fristad.render.MarkdownRenderer.Body;

/**
 * Renders one page: its Markdown body, then the layout around it (menus, language switcher, breadcrumbs,
 * alternates). Thread-safe; the build calls it for many pages at once.
 */
public final class PageRenderer {

    /**
     * The page's HTML (null when a template failed), the anchors it links to, and its own heading ids.
     *
     * @param main the page's {@code <main>} as parsed for its glossary links, for search to read its text from (its
     *             HTML is {@code html}'s); null when the page was not parsed
     */
    public record Result(String html, List<AnchorUse> anchors, Set<String> ids, org.jsoup.nodes.Element main) {
    }

    /**
     * Set in an edition's strings when they are another language's (an edition without strings of its own shows the
     * source language's): the language and direction of the page's own words, for {@code <html lang dir>}.
     */
    public static final String STRINGS_LANG = "_strings_lang";
    public static final String STRINGS_DIR = "_strings_dir";

    private final Site site;
    private final Layouts layouts;
    private final MarkdownRenderer markdown;
    private final Map<String, Map<String, String>> strings;
    private final ThemeAssets assets;
    private final Map<String, String> icons;
    private final DataModel data;
    private final Listings listings;
    private final Glossary glossary;
    private final Telephones telephones;
    private final Map<String, Optional<Page>> finders = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger finderSearches = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * True links each body alone before the layout, as Fristad did before {@link LinkedPage}: the reference that
     * LinkedPageIT compares the build with ({@code -Dfristad.glossary.alone=true}).
     */
    private final boolean linkBodyAlone = Boolean.getBoolean("fristad.glossary.alone");

    /**
     * @param strings theme strings per language code
     * @param assets  the theme's files and the folder they are published in
     * @param icons   the theme's pictograms as inline SVG, by name (see {@link Icons})
     */
    public PageRenderer(Site site, Layouts layouts, MarkdownRenderer markdown, Map<String, Map<String, String>> strings, ThemeAssets assets,
                        Map<String, String> icons) {
        this.site = site;
        this.layouts = layouts;
        this.markdown = markdown;
        this.strings = strings;
        this.assets = assets;
        this.icons = icons;
        this.data = new DataModel(site);
        this.listings = new Listings(site, data);
        this.glossary = new Glossary(site);
        this.telephones = new Telephones(site);
    }

    private PageRenderer(PageRenderer r, Site site) {
        this.site = site;
        this.layouts = r.layouts;
        this.markdown = r.markdown;
        this.strings = r.strings;
        this.assets = r.assets;
        this.icons = r.icons;
        this.data = new DataModel(site);
        this.listings = new Listings(site, data);
        this.glossary = r.glossary.on(site);
        this.telephones = new Telephones(site);
    }

    /**
     * This renderer for {@code site}, the same site but for one page's saved text ({@link Site#withSource}): what
     * it made of the whole site that the text does not change (the glossary's term index) is kept.
     */
    public PageRenderer with(Site site) {
        return new PageRenderer(this, site);
    }

    public Result render(Page page, Problems problems) {
        Map<String, String> t = strings.get(page.lang().code());
        List<AnchorUse> anchors = List.of();
        Set<String> ids = Set.of();
        String content = "";
        String rawBody = null; // the body, when its glossary links are made in the rendered page (LinkedPage)
        if (page.source() != null) {
            LinkResolver links = new LinkResolver(site, page, assets, problems);
            String[] labelLang = page.kind() == Page.Kind.FALLBACK && !tag(page.contentLang()).equals(page.lang().lang())
                    ? new String[] {page.lang().lang(), page.lang().dir()} : null;
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

                @Override
                public void problem(MarkdownRenderer.Written where, String message, String hint) {
                    problems.add(Problem.error(file, where.line(), where.column(), message, hint));
                }

                @Override
                public String[] tel(String name, int n, MarkdownRenderer.Written where) {
                    Object[] found = telephones.lookup(name, n);
                    if (found[0] == null) {
                        problem(where, (String) found[1], (String) found[2]);
                        return null;
                    }
                    return (String[]) found[0];
                }
            };
            Body body = markdown.render(page.source(), hooks, t.getOrDefault("anchor_link", ""), labelLang);
            if (glossary.applies(page) && !linkBodyAlone) {
                rawBody = body.html();
                content = LinkedPage.mark(rawBody);
            } else {
                content = glossary.link(page, body.html());
            }
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
        String template = switch (page.kind()) {
            case LISTING -> "listing.ftlh";
            case SEARCH -> "search.ftlh";
            case AZ -> "az.ftlh";
            case NOT_FOUND -> "404.ftlh";
            default -> {
                String byType = layouts.pick(page.source().front().type() + ".ftlh", "page.ftlh");
                // a missing layout is reported by the build; use the type's
                yield page.source().front().layout() != null ? layouts.pick(page.source().front().layout().name() + ".ftlh", byType) : byType;
            }
        };
        String html = layouts.render(template, model, Locale.forLanguageTag(page.lang().lang()), problems);
        if (rawBody == null || html == null) {
            return new Result(html, anchors, ids, null);
        }
        LinkedPage.Linked linked = LinkedPage.link(glossary, page, rawBody, html);
        return new Result(linked.html(), anchors, ids, linked.main());
    }

    /**
     * The edition's "page not found" ({@code 404.html} at the top of the edition's folder), rendered like any page
     * but with every link from the site's root path (see {@link #href}), because a server shows it at whatever
     * address was asked for.
     */
    public Result renderNotFound(Language lang, Problems problems) {
        String prefix = lang.equals(site.config().source()) ? "" : lang.code() + "/";
        Page page = new Page(Page.Kind.NOT_FOUND, lang, NOT_FOUND_KEY, prefix, null, "404", "", Integer.MAX_VALUE);
        return render(page, problems);
    }

    /**
     * The edition's support directory as JSON ({@link SupportDirectory}), from the listing the support finder shows
     * (computed once per edition, shared with the pages).
     */
    public byte[] supportDirectory(Language edition, java.time.LocalDate generated) {
        return SupportDirectory.json(site, listings, edition, generated);
    }

    /** Key of the 404 pages: no page has it (a Markdown key ends in .md). */
    private static final String NOT_FOUND_KEY = "404";

    /**
     * The path of the site's root on its server, for pages shown at any address (the 404 pages): the path of
     * {@code baseURL} ({@code https://kommun.se/stod} → {@code /stod/}), or {@code /} when it is not set.
     */
    public static String rootPath(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return "/";
        }
        String path = java.net.URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    private Map<String, Object> model(Page page, String content, Map<String, String> t) {
        Language lang = page.lang();
        String root = page.kind() == Page.Kind.NOT_FOUND ? rootPath(site.config().baseUrl()) : Urls.relative(page.url(), "");
        Map<String, Object> m = new HashMap<>();
        Map<String, Object> siteModel = new HashMap<>();
        siteModel.put("title", site.config().title());
        siteModel.put("csp", SecurityPolicy.PAGE);
        siteModel.put("referrer", SecurityPolicy.REFERRER);
        siteModel.put("root", root);
        siteModel.put("assets", root.equals("./") ? assets.folder() : root + assets.folder()); // assets/<hash of them all>/
        siteModel.put("editionName", lang.name());
        siteModel.put("canonical", canonical(page));
        Optional<Page> finder = finder(lang.code());
        siteModel.put("finderHref", finder.map(f -> href(page, f.url())).orElse(""));
        siteModel.put("finderTitle", finder.map(Page::title).orElse(""));
        siteModel.put("finderLang", finder.map(f -> tag(f.contentLang())).orElse(lang.lang()));
        siteModel.put("finderDir", finder.map(this::dir).orElse(lang.dir()));
        siteModel.put("home", href(page, site.page(lang.code(), Keys.HOME).map(Page::url).orElse("")));
        siteModel.put("sourceLang", site.config().source().code());
        siteModel.put("exitUrl", site.config().exitUrl());
        siteModel.put("municipalities", site.config().municipalities());
        siteModel.put("pagesOfType", listings.method(page));
        siteModel.put("safetyHref", site.page(lang.code(), site.config().safetyPage()).map(s -> href(page, s.url())).orElse(""));
        siteModel.put("searchHref", site.page(lang.code(), Keys.SEARCH).map(s -> href(page, s.url())).orElse(""));
        siteModel.put("shareSearch", site.config().shareableSearch());
        siteModel.put("azHref", site.page(lang.code(), Keys.AZ).map(s -> href(page, s.url())).orElse(""));
        AccessibilityStatement statement = site.config().accessibility();
        siteModel.put("statementHref", statement == null ? "" : site.page(lang.code(), statement.page()).map(s -> href(page, s.url())).orElse(""));
        m.put("site", siteModel);

        Map<String, Object> p = new HashMap<>();
        p.put("title", title(page));
        p.put("summary", page.summary());
        p.put("kind", page.kind().name().toLowerCase(Locale.ROOT));
        p.put("lang", t.getOrDefault(STRINGS_LANG, lang.lang()));
        p.put("edition", lang.code());
        p.put("easyRead", lang.easyRead());
        p.put("dir", t.getOrDefault(STRINGS_DIR, lang.dir()));
        p.put("contentLang", tag(page.contentLang()));
        p.put("contentDir", site.config().language(page.contentLang()).dir());
        p.put("url", page.url());
        p.put("content", content);
        p.put("isHome", page.key().equals(Keys.HOME));
        p.put("type", page.source() != null ? page.source().front().type() : "listing");
        p.put("machineTranslation", page.kind() == Page.Kind.CONTENT && page.source().front().machineTranslated());
        p.put("outdatedTranslation", site.outdated(page));
        var reviewed = page.source() != null ? page.source().front().reviewed() : null;
        p.put("reviewed", reviewed == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(lang.lang())).format(reviewed));
        p.put("reviewedIso", reviewed == null ? "" : reviewed.toString());
        p.put("layout", page.source() != null && page.source().front().layout() != null ? page.source().front().layout().name() : "");
        p.put("glossary", page.source() == null || page.source().front().glossary());
        p.putAll(data.of(page));
        p.put("jsonLd", p.get("support") instanceof Map<?, ?> support && page.kind() == Page.Kind.CONTENT
                ? StructuredData.support(page.title(), page.summary(), support, canonical(page)) : "");
        m.put("page", p);
        m.put("t", t);
        m.put("icons", icons);

        List<Map<String, Object>> switcher = new ArrayList<>();
        List<Map<String, Object>> alternates = new ArrayList<>();
        List<Page> versions = page.kind() != Page.Kind.NOT_FOUND ? site.versions(page.key())
                // from a page that does not exist, each language's home page
                : site.languages().stream().flatMap(l -> site.page(l.code(), Keys.HOME).stream()).toList();
        for (Page v : versions) {
            if (v.lang().easyRead()) {
                continue; // not another language: linked from the top of the page instead (editionLinks)
            }
            Map<String, Object> l = new HashMap<>();
            l.put("code", v.lang().code());
            l.put("lang", v.lang().lang());
            l.put("name", v.lang().name());
            l.put("dir", v.lang().dir());
            l.put("href", href(page, v.url()));
            l.put("current", v.lang().equals(lang));
            switcher.add(l);
            if (v.kind() != Page.Kind.FALLBACK && page.kind() != Page.Kind.NOT_FOUND) {
                alternates.add(Map.of("hreflang", v.lang().lang(), "href", absolute(page, v.url())));
            }
        }
        site.page(site.config().source().code(), page.key()).filter(s -> s.kind() != Page.Kind.FALLBACK && page.kind() != Page.Kind.NOT_FOUND)
                .or(() -> site.versions(page.key()).stream().filter(v -> v.kind() != Page.Kind.FALLBACK && !v.lang().easyRead()).findFirst())
                .ifPresent(d -> alternates.add(Map.of("hreflang", "x-default", "href", absolute(page, d.url()))));
        if (lang.easyRead()) {
            alternates.clear(); // an easy-read page is no translation of the others: listing them would be one-sided
        }
        m.put("editionLinks", editionLinks(page, t));
        m.put("statement", statement != null && page.key().equals(statement.page()) ? AccessibilityModel.of(statement, page, site) : null);
        m.put("languages", switcher);
        m.put("alternates", alternates);

        List<Map<String, Object>> crumbs = new ArrayList<>();
        for (Page c : site.trail(page)) {
            crumbs.add(Map.of("title", title(c), "href", href(page, c.url()), "current", c.equals(page),
                    "lang", tag(c.contentLang()), "dir", dir(c)));
        }
        m.put("breadcrumbs", crumbs);

        List<Map<String, Object>> menu = new ArrayList<>();
        for (Page c : site.menu(lang.code())) {
            menu.add(Map.of("title", c.title(), "href", href(page, c.url()), "lang", tag(c.contentLang()), "dir", dir(c),
                    "current", page.url().startsWith(c.url()) && !c.url().equals(site.page(lang.code(), Keys.HOME).map(Page::url).orElse(""))));
        }
        m.put("menu", menu);

        List<Map<String, Object>> children = new ArrayList<>();
        if (page.isIndex()) {
            for (Page c : site.children(page)) {
                children.add(Map.of("title", c.title(), "summary", c.summary(), "href", href(page, c.url()),
                        "lang", tag(c.contentLang()), "dir", dir(c), "translated", c.kind() != Page.Kind.FALLBACK,
                        "type", c.source() != null ? c.source().front().type() : "listing"));
            }
        }
        m.put("children", children);
        if (page.kind() == Page.Kind.AZ) {
            m.put("az", az(page));
        }
        return m;
    }

    /** A page's title; the generated pages are titled by the theme in their language. */
    private String title(Page p) {
        return switch (p.kind()) {
            case SEARCH -> strings.get(p.lang().code()).getOrDefault("search_title", p.title());
            case AZ -> strings.get(p.lang().code()).getOrDefault("az_title", p.title());
            case NOT_FOUND -> strings.get(p.lang().code()).getOrDefault("not_found_title", p.title());
            default -> p.title();
        };
    }

    /** Every page of the edition with text (its own or the original's), A–Z in the language's order, by first letter. */
    private List<Map<String, Object>> az(Page page) {
        Locale locale = Locale.forLanguageTag(page.lang().lang());
        java.text.Collator collator = Collation.forLanguage(page.lang().lang());
        java.text.Collator letters = Collation.forLanguage(page.lang().lang());
        letters.setStrength(java.text.Collator.PRIMARY); // É files under E, but Å is its own letter in Swedish
        List<Page> pages = new ArrayList<>();
        for (Page p : site.pages()) {
            if (p.lang().equals(page.lang()) && (p.kind() == Page.Kind.CONTENT || p.kind() == Page.Kind.FALLBACK)) {
                pages.add(p);
            }
        }
        pages.sort((a, b) -> collator.compare(a.title(), b.title()));
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, Object> group = null;
        List<Map<String, Object>> items = null;
        for (Page p : pages) {
            String letter = firstLetter(p.title(), locale);
            if (group == null || letters.compare((String) group.get("letter"), letter) != 0) {
                items = new ArrayList<>();
                group = new HashMap<>();
                group.put("letter", letter);
                group.put("id", "bokstav-" + groups.size());
                group.put("pages", items);
                groups.add(group);
            }
            items.add(Map.of("title", p.title(), "summary", p.summary(), "href", href(page, p.url()),
                    "lang", tag(p.contentLang()), "dir", dir(p), "translated", p.kind() != Page.Kind.FALLBACK));
        }
        return groups;
    }

    private static String firstLetter(String title, Locale locale) {
        int i = 0;
        while (i < title.length() && !Character.isLetterOrDigit(title.codePointAt(i))) {
            i += Character.charCount(title.codePointAt(i));
        }
        if (i >= title.length()) {
            return "#";
        }
        int cp = title.codePointAt(i);
        return Character.isDigit(cp) ? "0–9" : new String(Character.toChars(cp)).toUpperCase(locale);
    }

    /**
     * The links at the top of the page between an ordinary page and its easy-to-read version: from an ordinary page to
     * each easy-read edition that has this page written, and from an easy-read page back to the ordinary one.
     */
    private List<Map<String, Object>> editionLinks(Page page, Map<String, String> t) {
        List<Map<String, Object>> out = new ArrayList<>();
        Language lang = page.lang();
        if (lang.easyRead()) {
            site.config().ordinary(lang).flatMap(o -> site.page(o.code(), page.key())).ifPresent(o -> out.add(Map.of(
                    "href", href(page, o.url()), "lang", o.lang().lang(), "dir", o.lang().dir(), "easyRead", false,
                    "label", t.getOrDefault("ordinary_link", ""))));
        } else {
            for (Language e : site.config().easyReadEditions(lang)) {
                site.page(e.code(), page.key()).filter(v -> v.kind() == Page.Kind.CONTENT).ifPresent(v -> out.add(Map.of(
                        "href", href(page, v.url()), "lang", e.lang(), "dir", e.dir(), "easyRead", true,
                        "label", t.getOrDefault("easy_read_link", e.name()))));
            }
        }
        return out;
    }

    /** The BCP 47 language of an edition, for {@code lang} attributes ({@code lattlast} → {@code sv}). */
    private String tag(String edition) {
        return site.config().language(edition).lang();
    }

    /** Writing direction of the text a page shows (a Swedish fallback inside the Arabic edition is ltr). */
    private String dir(Page p) {
        return site.config().language(p.contentLang()).dir();
    }

    /** A link from {@code from} to a site address: relative, except on a 404 page (from the site's root path). */
    private String href(Page from, String to) {
        return from.kind() == Page.Kind.NOT_FOUND ? rootPath(site.config().baseUrl()) + to : Urls.relative(from.url(), to);
    }

    /** The page's own absolute address, for search engines: only with a baseURL, and only for pages meant to be found. */
    private String canonical(Page page) {
        String base = site.config().baseUrl();
        boolean indexed = page.kind() == Page.Kind.CONTENT || page.kind() == Page.Kind.LISTING
                || page.kind() == Page.Kind.SEARCH || page.kind() == Page.Kind.AZ;
        return base.isEmpty() || !indexed ? "" : base + "/" + page.url();
    }

    /**
     * The support finder of an edition: its first page with {@code layout: finder}. Every page links to it, so it is
     * looked for once per edition (looking on every page went through all the edition's pages each time — on a site
     * without a finder, 100,000 pages × 100,000).
     */
    private Optional<Page> finder(String lang) {
        return finders.computeIfAbsent(lang, l -> {
            finderSearches.incrementAndGet();
            return site.pagesIn(l).stream()
                    .filter(p -> p.source() != null && p.source().front().layout() != null && p.source().front().layout().name().equals("finder"))
                    .findFirst();
        });
    }

    /** How many times an edition's pages were searched for its support finder (once per edition). */
    int finderSearches() {
        return finderSearches.get();
    }

    /** hreflang wants absolute addresses where the site's address is known; relative otherwise. */
    private String absolute(Page from, String to) {
        String base = site.config().baseUrl();
        return base.isEmpty() ? href(from, to) : base + "/" + to;
    }
}
