package se.fristad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import se.fristad.config.Language;
import se.fristad.config.SiteConfig;
import se.fristad.load.Content;
import se.fristad.load.SourcePage;
import se.fristad.load.StaticFile;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * The whole site as pages per language, immutable once made. Every key (a page or folder) exists in every
 * language: as the written translation, as a fallback showing the original text, or as a generated listing,
 * so a language switcher or listing never leads to a missing page.
 */
public final class Site {
    private static final Comparator<Page> MENU_ORDER = Comparator.comparingInt(Page::order)
            .thenComparing(p -> p.title().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Page::key);

    private final SiteConfig config;
    private final Content content;
    private final Map<String, Map<String, Page>> byLang = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, Page> byUrl = new HashMap<>();
    private final Map<String, StaticFile> staticByUrl = new HashMap<>();
    /** Sorted children per language and folder key, computed once: every page's menu and listings read them. */
    private final Map<String, List<Page>> sortedChildren = new java.util.concurrent.ConcurrentHashMap<>();

    private Site(SiteConfig config, Content content) {
        this.config = config;
        this.content = content;
    }

    /** Builds the model; two pages with one address are reported and the second is left out. */
    public static Site of(SiteConfig config, Content content, Problems problems) {
        Site site = new Site(config, content);
        site.index(problems);
        return site;
    }

    private void index(Problems problems) {
        Map<String, Map<String, SourcePage>> written = new LinkedHashMap<>();
        for (SourcePage p : content.pages()) {
            if (p.relPath().equals(Keys.SEARCH) || p.relPath().equals(Keys.AZ)) {
                problems.add(Problem.error(p.file(), 1, 1, "content/" + p.lang() + "/" + p.relPath() + " is where the built-in "
                        + (p.relPath().equals(Keys.SEARCH) ? "search page" : "list of all pages") + " goes",
                        "rename or move the file; every edition gets /sok/ and /sok/alla-sidor/ from the theme"));
                continue;
            }
            written.computeIfAbsent(p.relPath(), k -> new HashMap<>()).put(p.lang(), p);
        }
        TreeSet<String> keys = new TreeSet<>(written.keySet());
        keys.add(Keys.HOME);
        keys.add(Keys.SEARCH);
        keys.add(Keys.AZ);
        for (String k : List.copyOf(keys)) {
            for (String parent = Keys.parent(k); parent != null; parent = Keys.parent(parent)) {
                keys.add(parent);
            }
        }
        for (String key : keys) {
            String parent = Keys.parent(key);
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(key);
            }
        }
        for (Language lang : config.languages()) {
            Map<String, Page> pages = new LinkedHashMap<>();
            byLang.put(lang.code(), pages);
            String prefix = lang.equals(config.source()) ? "" : lang.code() + "/";
            for (String key : keys) {
                Map<String, SourcePage> versions = written.getOrDefault(key, Map.of());
                SourcePage own = versions.get(lang.code());
                SourcePage original = versions.get(config.source().code());
                if (own != null && original != null && own != original && own.isCopyOf(original)) {
                    own = null; // a translation started with `new page` and not yet translated: the original, honestly marked
                }
                Page page;
                if (own != null) {
                    page = new Page(Page.Kind.CONTENT, lang, key, prefix + path(key, own), own,
                            own.front().title(), own.front().summary(), own.front().order());
                } else {
                    Optional<SourcePage> origin = origin(versions);
                    if (origin.isPresent()) {
                        SourcePage o = origin.get();
                        page = new Page(Page.Kind.FALLBACK, lang, key, prefix + path(key, o), o,
                                o.front().title(), o.front().summary(), o.front().order());
                    } else if (key.equals(Keys.SEARCH) || key.equals(Keys.AZ)) {
                        // titled by the theme in the page's language when rendered
                        page = new Page(key.equals(Keys.SEARCH) ? Page.Kind.SEARCH : Page.Kind.AZ, lang, key,
                                prefix + path(key, null), null, pretty(Keys.name(key)), "", Integer.MAX_VALUE);
                    } else {
                        String title = key.equals(Keys.HOME) ? config.title() : pretty(Keys.name(key));
                        page = new Page(Page.Kind.LISTING, lang, key, prefix + path(key, null), null, title, "", Integer.MAX_VALUE);
                    }
                }
                Page clash = byUrl.putIfAbsent(page.url(), page);
                if (clash != null) {
                    if (page.kind() == Page.Kind.CONTENT) {
                        problems.add(Problem.error(page.source().file(), 1, 1,
                                "two files make the same address /" + page.url() + " (the other is " + describe(clash) + ")",
                                "rename one of the files or give one a different slug"));
                    }
                    continue;
                }
                pages.put(key, page);
            }
        }
        for (StaticFile f : content.files()) {
            String prefix = f.lang().equals(config.source().code()) ? "" : f.lang() + "/";
            staticByUrl.put(prefix + f.relPath(), f);
        }
    }

    /**
     * This site with {@code fresh} in place of {@code old}, a page whose saved text changed but nothing that other
     * pages show of it (title, summary, order, slug, type, data: the caller checks): the pages that show it get the
     * new source, everything else is shared — the preview's update, without making the whole model again.
     */
    public Site withSource(SourcePage old, SourcePage fresh) {
        List<SourcePage> sources = new ArrayList<>(content.pages());
        sources.set(sources.indexOf(old), fresh);
        Site s = new Site(config, new Content(List.copyOf(sources), content.files()));
        s.children.putAll(children);
        s.staticByUrl.putAll(staticByUrl);
        s.byUrl.putAll(byUrl);
        byLang.forEach((lang, pages) -> {
            Map<String, Page> copy = new LinkedHashMap<>(pages);
            copy.replaceAll((key, p) -> {
                if (p.source() != old) {
                    return p;
                }
                Page q = new Page(p.kind(), p.lang(), p.key(), p.url(), fresh, p.title(), p.summary(), p.order());
                s.byUrl.put(q.url(), q);
                return q;
            });
            s.byLang.put(lang, copy);
        });
        return s;
    }

    private static String describe(Page p) {
        return p.source() != null ? p.source().file().getFileName() + " in content/" + p.source().lang() + "/" + Keys.dir(p.key()) : "a folder listing";
    }

    /** The language whose text a missing translation shows: the source language, else the first that has one. */
    private Optional<SourcePage> origin(Map<String, SourcePage> versions) {
        for (Language l : config.languages()) {
            SourcePage p = versions.get(l.code());
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The address part for a key: folders and file name slugified; the page's slug replaces its own name. */
    private static String path(String key, SourcePage page) {
        String dir = Keys.dir(key);
        StringBuilder out = new StringBuilder();
        if (!dir.isEmpty()) {
            for (String part : dir.split("/")) {
                out.append(Slugs.slugify(part)).append('/');
            }
        }
        if (!Keys.isIndex(key)) {
            String slug = page != null && !page.front().slug().isEmpty() ? page.front().slug() : Slugs.slugify(Keys.name(key));
            out.append(slug).append('/');
        }
        return out.toString();
    }

    /** {@code hjälp-och-stöd → Hjälp och stöd}: a folder's name as a title when it has no index page. */
    static String pretty(String name) {
        String s = name.replace('-', ' ').replace('_', ' ').trim();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Whether a written translation is older than its original: the original's text changed since the fingerprint
     * the translation records ({@code translatedFrom}), or — for a translation without one — the original was
     * reviewed after it.
     */
    public boolean outdated(Page p) {
        if (p.kind() != Page.Kind.CONTENT || p.source().lang().equals(config.source().code())) {
            return false;
        }
        Optional<Page> original = page(config.source().code(), p.key()).filter(o -> o.kind() == Page.Kind.CONTENT);
        if (original.isEmpty()) {
            return false;
        }
        se.fristad.load.FrontMatter mine = p.source().front();
        if (!mine.translatedFrom().isEmpty()) {
            return !mine.translatedFrom().equals(original.get().source().fingerprint());
        }
        java.time.LocalDate theirs = original.get().source().front().reviewed();
        return mine.reviewed() != null && theirs != null && theirs.isAfter(mine.reviewed());
    }

    /** The sources the site was made of. */
    public Content content() {
        return content;
    }

    public SiteConfig config() {
        return config;
    }

    public List<Language> languages() {
        return config.languages();
    }

    /** Every page of every language. */
    public List<Page> pages() {
        List<Page> all = new ArrayList<>();
        byLang.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    /** The pages of one language, in key order. */
    public java.util.Collection<Page> pagesIn(String lang) {
        return Collections.unmodifiableCollection(byLang.getOrDefault(lang, Map.of()).values());
    }

    public Optional<Page> page(String lang, String key) {
        return Optional.ofNullable(byLang.getOrDefault(lang, Map.of()).get(key));
    }

    public Optional<Page> pageAt(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public Optional<StaticFile> fileAt(String url) {
        return Optional.ofNullable(staticByUrl.get(url));
    }

    public List<StaticFile> staticFiles() {
        return content.files();
    }

    /** The same key in every language, in the order of {@code site.yml}. */
    public List<Page> versions(String key) {
        List<Page> out = new ArrayList<>();
        for (Language l : config.languages()) {
            page(l.code(), key).ifPresent(out::add);
        }
        return out;
    }

    /** The pages listed in a folder page, in menu order. */
    public List<Page> children(Page folder) {
        return sortedChildren.computeIfAbsent(folder.lang().code() + ":" + folder.key(), id -> {
            List<Page> out = new ArrayList<>();
            for (String k : children.getOrDefault(folder.key(), List.of())) {
                page(folder.lang().code(), k).filter(p -> !p.isGenerated()).ifPresent(out::add);
            }
            out.sort(MENU_ORDER);
            return Collections.unmodifiableList(out);
        });
    }

    /** From the home page down to (and including) {@code page}. */
    public List<Page> trail(Page page) {
        List<Page> out = new ArrayList<>();
        for (String k = page.key(); k != null; k = Keys.parent(k)) {
            page(page.lang().code(), k).ifPresent(p -> out.add(0, p));
        }
        return out;
    }

    /** The top-level entries shown in the main menu of a language. */
    public List<Page> menu(String lang) {
        return page(lang, Keys.HOME).map(this::children).orElse(List.of());
    }
}
