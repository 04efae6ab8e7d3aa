package se.fristad.render;

import java.util.List;
import java.util.Map;

/**
 * schema.org data for search engines and assistants, as JSON-LD ({@code <script type="application/ld+json">}: data,
 * not a script, so the pages' Content-Security-Policy stays as strict as it is). Built only from the page's own front
 * matter (with what a translation inherits): never a number, hour or place the page does not give.
 *
 * <p>Strings are escaped so nothing can end the element early: {@code <}, {@code >} and {@code &} are written as
 * {@code \\u003c}, {@code \\u003e} and {@code \\u0026}, so a {@code </script>} or {@code <!--} in any text stays text.
 */
public final class StructuredData {
    private StructuredData() {
    }

    /**
     * An {@code Organization} with a {@code ContactPoint} per phone number, from the model {@link DataModel} gives a
     * support page ({@code page.support}).
     *
     * @param url the page's absolute address, or empty when the site's address is not known
     */
    public static String support(String name, String summary, Map<?, ?> s, String url) {
        StringBuilder b = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"Organization\"");
        field(b, "name", name);
        if (!summary.isEmpty()) {
            field(b, "description", summary);
        }
        String website = s.get("website") instanceof String w ? w : "";
        if (!url.isEmpty()) {
            field(b, "mainEntityOfPage", url);
        }
        if (!website.isEmpty()) {
            field(b, "url", website);
        }
        if (s.get("email") instanceof String e) {
            field(b, "email", e);
        }
        String hours = text(s.get("hours"));
        String languages = text(s.get("languages"));
        StringBuilder area = new StringBuilder();
        if (Boolean.TRUE.equals(s.get("national"))) {
            area.append("{\"@type\":\"Country\",\"name\":\"Sverige\"}");
        }
        if (s.get("municipalities") instanceof List<?> ms) {
            for (Object m : ms) {
                area.append(area.length() == 0 ? "" : ",").append("{\"@type\":\"AdministrativeArea\",\"name\":");
                string(area, String.valueOf(m)).append('}');
            }
        }
        List<?> phones = s.get("phones") instanceof List<?> l ? l : List.of();
        if (!phones.isEmpty()) {
            b.append(",\"contactPoint\":[");
            boolean first = true;
            for (Object o : phones) {
                if (!(o instanceof Map<?, ?> p)) {
                    continue;
                }
                b.append(first ? "" : ",").append("{\"@type\":\"ContactPoint\"");
                first = false;
                field(b, "telephone", String.valueOf(p.get("number")));
                String label = text(p.get("label"));
                if (!label.isEmpty()) {
                    field(b, "contactType", label);
                }
                if (!hours.isEmpty()) {
                    b.append(",\"hoursAvailable\":{\"@type\":\"OpeningHoursSpecification\"");
                    field(b, "description", hours);
                    b.append('}');
                }
                if (area.length() > 0) {
                    b.append(",\"areaServed\":[").append(area).append(']');
                }
                if (!languages.isEmpty()) {
                    field(b, "availableLanguage", languages);
                }
                b.append('}');
            }
            b.append(']');
        } else if (area.length() > 0) {
            b.append(",\"areaServed\":[").append(area).append(']');
        }
        return b.append('}').toString();
    }

    /** The text of a {@code {text, lang, dir}} value, or empty. */
    private static String text(Object v) {
        return v instanceof Map<?, ?> m && m.get("text") instanceof String t ? t : "";
    }

    private static void field(StringBuilder b, String key, String value) {
        b.append(",\"").append(key).append("\":");
        string(b, value);
    }

    /** A JSON string that is also safe inside an HTML {@code <script>} element. */
    static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
