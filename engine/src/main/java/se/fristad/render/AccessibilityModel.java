package se.fristad.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.fristad.config.AccessibilityStatement;
import se.fristad.config.AccessibilityStatement.Shortcoming;
import se.fristad.config.AccessibilityStatement.Text;
import se.fristad.config.Language;
import se.fristad.model.Page;
import se.fristad.model.Site;

/**
 * The accessibility statement's facts as the template {@code accessibility-statement.ftlh} sees them on one page: dates
 * in the page's language, and every text with the language it is written in (an edition without its own text shows
 * the source language's, marked as such).
 */
final class AccessibilityModel {
    private AccessibilityModel() {
    }

    static Map<String, Object> of(AccessibilityStatement s, Page page, Site site) {
        Language lang = page.lang();
        Map<String, Object> m = new HashMap<>();
        m.put("organisation", s.organisation());
        m.put("contact", s.contact());
        m.put("contactHref", s.contactIsEmail() ? "mailto:" + s.contact() : s.contact());
        m.put("contactIsEmail", s.contactIsEmail());
        m.put("compliance", s.compliance());
        Map<String, List<Map<String, Object>>> byCategory = new LinkedHashMap<>();
        for (String c : AccessibilityStatement.CATEGORIES) {
            byCategory.put(c, new ArrayList<>());
        }
        for (Shortcoming sc : s.shortcomings()) {
            Map<String, Object> item = new HashMap<>();
            item.put("problem", text(sc.problem(), lang, site));
            item.put("alternative", sc.alternative() == null ? "" : text(sc.alternative(), lang, site));
            byCategory.get(sc.category()).add(item);
        }
        m.put("shortcomings", byCategory);
        m.put("selfAssessed", s.selfAssessed());
        m.put("assessedBy", s.assessedBy());
        m.put("method", s.method() == null ? "" : text(s.method(), lang, site));
        put(m, "assessedOn", s.assessedOn(), lang);
        put(m, "statementDate", s.statementDate(), lang);
        put(m, "updated", s.updated() != null ? s.updated() : s.statementDate(), lang);
        m.put("complaintsUrl", AccessibilityStatement.DIGG_COMPLAINTS);
        return m;
    }

    /** {@code {text, lang, dir}}: the text for this edition, and the language it is in. */
    private static Map<String, Object> text(Text text, Language lang, Site site) {
        Map.Entry<String, String> e = text.in(lang.code());
        Language written = site.config().language(e.getKey());
        return Map.of("text", e.getValue(), "lang", written.lang(), "dir", written.dir());
    }

    private static void put(Map<String, Object> m, String key, LocalDate date, Language lang) {
        m.put(key, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang.lang())).format(date));
        m.put(key + "Iso", date.toString());
    }
}
