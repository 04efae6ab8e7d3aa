package se.fristad.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.fristad.config.Language;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.model.Urls;

/**
 * The support directory of an edition as JSON ({@code stod.json} at the top of the edition's folder), for other
 * sites (the municipality's main site) to read instead of copying numbers. Made from the same model the support
 * pages and the finder render from ({@link Listings}, {@link DataModel}): in the same order, a translation's names
 * and labels with the original's numbers and addresses, never a value a page does not show.
 *
 * <pre>
 * {"language": "en", "edition": "en", "generated": "2026-12-01", "services": [
 *   {"id": "hjalp-och-stod/kvinnofridslinjen", "name": …, "summary": …, "url": …, "lang": "en", "translated": true,
 *    "phones": [{"number": "020-50 50 50", "tel": "tel:020505050", "label": …}], "hours": …, "sms": …, "cost": …,
 *    "anonymity": …, "languages": …, "chat": …, "email": …, "website": …, "areas": ["national"],
 *    "audience": ["adults"], "untranslated": ["/hours"]}]}
 * </pre>
 *
 * A key whose value the page does not give is left out. {@code url} is the page's absolute address with a
 * {@code baseURL}, else relative to the file (as links in the pages are). {@code lang} is the language of the name
 * and summary (the original's on a page not translated yet, {@code translated: false}); {@code untranslated} lists,
 * as JSON pointers into the service, the texts a translation leaves out and shows in the original's language.
 */
public final class SupportDirectory {
    /** The file's name, at the top of every edition's folder. */
    public static final String FILE = "stod.json";

    private static final List<String> TEXTS = List.of("hours", "sms", "cost", "anonymity", "languages");
    private static final List<String> ADDRESSES = List.of("chat", "email", "website");

    private SupportDirectory() {
    }

    /** The edition's directory, as UTF-8 JSON; {@code generated} is the build's date. */
    static byte[] json(Site site, Listings listings, Language edition, LocalDate generated) {
        String folder = edition.equals(site.config().source()) ? "" : edition.code() + "/";
        String base = site.config().baseUrl();
        List<Object> services = new ArrayList<>();
        for (Map.Entry<Page, Map<String, Object>> e : listings.pages("support", edition.code())) {
            Page page = e.getKey();
            Map<String, Object> f = e.getValue();
            if (!(f.get("support") instanceof Map<?, ?> s)) {
                continue;
            }
            String lang = (String) f.get("lang");
            List<String> untranslated = new ArrayList<>();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", page.key().substring(0, page.key().length() - ".md".length()));
            o.put("name", page.title());
            if (!page.summary().isEmpty()) {
                o.put("summary", page.summary());
            }
            o.put("url", base.isEmpty() ? Urls.relative(folder, page.url()) : base + "/" + page.url());
            o.put("lang", lang);
            o.put("translated", f.get("translated"));
            List<Object> phones = new ArrayList<>();
            if (s.get("phones") instanceof List<?> list) {
                for (Object item : list) {
                    Map<?, ?> p = (Map<?, ?>) item;
                    Map<String, Object> pm = new LinkedHashMap<>();
                    pm.put("number", p.get("number"));
                    pm.put("tel", p.get("href"));
                    if (p.get("label") instanceof Map<?, ?> label) {
                        pm.put("label", label.get("text"));
                        if (!lang.equals(label.get("lang"))) {
                            untranslated.add("/phones/" + phones.size() + "/label");
                        }
                    }
                    phones.add(pm);
                }
            }
            o.put("phones", phones);
            for (String key : TEXTS) {
                if (s.get(key) instanceof Map<?, ?> text) {
                    o.put(key, text.get("text"));
                    if (!lang.equals(text.get("lang"))) {
                        untranslated.add("/" + key);
                    }
                }
            }
            for (String key : ADDRESSES) {
                if (s.get(key) instanceof String a) {
                    o.put(key, a);
                }
            }
            List<Object> areas = new ArrayList<>();
            if (Boolean.TRUE.equals(s.get("national"))) {
                areas.add(se.fristad.load.Support.NATIONAL);
            }
            areas.addAll((List<?>) s.get("municipalities"));
            o.put("areas", areas);
            o.put("audience", s.get("audience"));
            if (!untranslated.isEmpty()) {
                o.put("untranslated", untranslated);
            }
            services.add(o);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("language", edition.lang());
        root.put("edition", edition.code());
        root.put("generated", generated.toString());
        root.put("services", services);
        StringBuilder b = new StringBuilder();
        write(b, root, "");
        return b.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Indented JSON, a list or object of plain values on one line; strings escaped as in the pages' JSON-LD. */
    private static void write(StringBuilder b, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.values().stream().noneMatch(x -> x instanceof Map || x instanceof List)) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    b.append(first ? "" : ", ");
                    first = false;
                    StructuredData.string(b, String.valueOf(e.getKey())).append(": ");
                    write(b, e.getValue(), indent);
                }
                b.append('}');
                return;
            }
            b.append("{\n");
            String inner = indent + "  ";
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",\n").append(inner);
                first = false;
                StructuredData.string(b, String.valueOf(e.getKey())).append(": ");
                write(b, e.getValue(), inner);
            }
            b.append('\n').append(indent).append('}');
        } else if (v instanceof List<?> l) {
            boolean flat = l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
            if (l.isEmpty() || flat) {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    b.append(i == 0 ? "" : ", ");
                    write(b, l.get(i), indent);
                }
                b.append(']');
                return;
            }
            b.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ",\n").append(inner);
                write(b, l.get(i), inner);
            }
            b.append('\n').append(indent).append(']');
        } else if (v instanceof Boolean bool) {
            b.append(bool);
        } else {
            StructuredData.string(b, String.valueOf(v));
        }
    }
}
