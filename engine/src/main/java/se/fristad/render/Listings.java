package se.fristad.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import se.fristad.load.FrontMatter;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.model.Urls;

/**
 * The pages of one type in one language, for templates that list them ({@code site.pagesOfType("plan")}): the
 * support finder, the table of every action, the glossary. Computed only when a template asks, once per language
 * and type, and shared by every page of the build; each call only adds the links relative to the asking page.
 */
final class Listings {
    /** A listed page: what every asking page shares, and the page to link to. */
    private record Entry(Page page, Map<String, Object> fields) {
    }

    private final Site site;
    private final DataModel data;
    private final Map<String, List<Entry>> cache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();

    Listings(Site site, DataModel data) {
        this.site = site;
        this.data = data;
    }

    /**
     * Every page of {@code type} in the language of {@code from}: written pages and fallbacks, ordered by
     * {@code order} then title (definitions: A–Z by term). Each has {@code href} (relative to {@code from}),
     * {@code title}, {@code summary}, {@code lang}, {@code dir}, {@code translated}, {@code type} and its typed data.
     */
    List<Map<String, Object>> of(String type, Page from) {
        List<Entry> entries = cache.computeIfAbsent(from.lang().code() + ":" + type, k -> compute(type, from.lang().code()));
        List<Map<String, Object>> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Map<String, Object> m = new HashMap<>(e.fields());
            m.put("href", Urls.relative(from.url(), e.page().url()));
            m.put("current", e.page().url().equals(from.url()));
            out.add(m);
        }
        return out;
    }

    /**
     * Every page of {@code type} in the edition {@code lang}, in the order of {@link #of}, each with the fields
     * {@link #of} gives (but the links, which depend on the asking page): the same computation, shared with the pages.
     */
    List<Map.Entry<Page, Map<String, Object>>> pages(String type, String lang) {
        List<Entry> entries = cache.computeIfAbsent(lang + ":" + type, k -> compute(type, lang));
        List<Map.Entry<Page, Map<String, Object>>> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(Map.entry(e.page(), e.fields()));
        }
        return out;
    }

    /** The template method {@code pagesOfType(type)} for the page {@code from}. */
    TemplateMethodModelEx method(Page from) {
        return args -> {
            if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel s)) {
                throw new TemplateModelException("pagesOfType needs one type: pagesOfType(\"plan\")");
            }
            String type = s.getAsString();
            if (!FrontMatter.TYPES.contains(type)) {
                throw new TemplateModelException("pagesOfType(\"" + type + "\"): no such type; the types are " + String.join(", ", FrontMatter.TYPES));
            }
            return of(type, from);
        };
    }

    /** How many listings were computed so far (one per language and type asked for). */
    int computed() {
        return computed.get();
    }

    private List<Entry> compute(String type, String lang) {
        computed.incrementAndGet();
        List<Entry> out = new ArrayList<>();
        for (Page p : site.pagesIn(lang)) {
            if (p.source() == null || !p.source().front().type().equals(type)) {
                continue;
            }
            Map<String, Object> m = new HashMap<>(data.of(p));
            m.put("title", p.title());
            m.put("summary", p.summary());
            m.put("lang", site.config().language(p.contentLang()).lang()); // BCP 47 (sv), not the edition code (lattlast)
            m.put("dir", site.config().language(p.contentLang()).dir());
            m.put("translated", p.kind() != Page.Kind.FALLBACK);
            m.put("type", type);
            m.put("key", p.key());
            out.add(new Entry(p, Map.copyOf(m)));
        }
        Collator collator = Collation.forLanguage(lang);
        Comparator<Entry> order = type.equals("definition")
                ? Comparator.comparing((Entry e) -> (String) definition(e).get("term"), collator)
                : Comparator.comparingInt(this::order).thenComparing(e -> e.page().title(), collator);
        out.sort(order.thenComparing(e -> e.page().key()));
        if (type.equals("definition")) {
            for (int i = 0; i < out.size(); i++) {
                Entry e = out.get(i);
                Map<String, Object> m = new HashMap<>(e.fields());
                m.put("letter", DataModel.letter((String) definition(e).get("term"), lang));
                out.set(i, new Entry(e.page(), Map.copyOf(m)));
            }
        }
        return List.copyOf(out);
    }

    /** A page's order; a translation that gives none keeps its original's place. */
    private int order(Entry e) {
        Page p = e.page();
        if (p.order() != Integer.MAX_VALUE) {
            return p.order();
        }
        return site.page(site.config().source().code(), p.key()).map(Page::order).orElse(p.order());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> definition(Entry e) {
        return (Map<String, Object>) e.fields().get("definition");
    }
}
