package se.fristad.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.fristad.config.SiteConfig;
import se.fristad.load.Action;
import se.fristad.load.Definition;
import se.fristad.load.FrontMatter;
import se.fristad.load.Plan;
import se.fristad.load.Support;
import se.fristad.model.Page;
import se.fristad.model.Site;

/**
 * The typed data of a page as templates see it ({@code page.support}, {@code page.definition}, {@code page.plan}):
 * maps and lists of plain values. A translation of a support page or plan inherits what it leaves out from the
 * source-language page; every inherited text says which language it is in ({@code lang}, {@code dir}), so a
 * template can mark it for screen readers.
 */
final class DataModel {
    /** The police's numbers: a phone or service with one of them gets the police pictogram. */
    private static final List<String> POLICE = List.of("112", "11414");

    private final Site site;

    DataModel(Site site) {
        this.site = site;
    }

    /** The effective plan of a page (its own, with what it leaves out taken from the source-language page). */
    Optional<Plan> plan(Page page) {
        return data(page).plan();
    }

    /**
     * {@code support}, {@code definition} or {@code plan} → its model, for the page's type; empty for other pages.
     */
    Map<String, Object> of(Page page) {
        Map<String, Object> out = new HashMap<>();
        if (page.source() == null) {
            return out;
        }
        Data d = data(page);
        d.support().ifPresent(s -> out.put("support", support(s, d)));
        d.definition().ifPresent(def -> out.put("definition", definition(def)));
        d.plan().ifPresent(p -> out.put("plan", plan(p, d)));
        return out;
    }

    /**
     * The page's own data and, for a translation, the source-language page's, with the language of each.
     *
     * @param own      the data of the text the page shows
     * @param ownLang  the language of that text
     * @param origin   the source-language page's data of the same type, or null
     */
    private record Data(FrontMatter own, String ownLang, FrontMatter origin, String originLang) {
        Optional<Support> support() {
            return own.support();
        }

        Optional<Definition> definition() {
            return own.definition();
        }

        Optional<Plan> plan() {
            return own.plan().map(p -> origin == null ? p : origin.plan().map(o -> inherit(p, o)).orElse(p));
        }

        Optional<Support> originSupport() {
            return origin == null ? Optional.empty() : origin.support();
        }

        /** The plan's own values, and the origin's where the translation leaves them out. */
        private static Plan inherit(Plan p, Plan o) {
            boolean actions = p.actions().isEmpty();
            return new Plan(or(p.municipality(), o.municipality()), or(p.document(), o.document()), or(p.adopted(), o.adopted()),
                    or(p.period(), o.period()), or(p.followUp(), o.followUp()),
                    actions && p.goals().isEmpty() ? o.goals() : p.goals(), actions ? o.actions() : p.actions());
        }
    }

    private Data data(Page page) {
        FrontMatter own = page.source().front();
        String ownLang = page.source().lang();
        SiteConfig config = site.config();
        String source = config.source().code();
        if (page.kind() == Page.Kind.CONTENT && !ownLang.equals(source) && own.data() != null) {
            Optional<Page> origin = site.page(source, page.key()).filter(o -> o.kind() == Page.Kind.CONTENT);
            if (origin.isPresent() && origin.get().source().front().type().equals(own.type())) {
                return new Data(own, ownLang, origin.get().source().front(), source);
            }
        }
        return new Data(own, ownLang, null, null);
    }

    private Map<String, Object> support(Support s, Data d) {
        Support o = d.originSupport().orElse(null);
        String lang = d.ownLang;
        String oLang = d.originLang;
        Map<String, Object> m = new LinkedHashMap<>();
        // the numbers and addresses are the original's, always (SafetyFacts reports a translation that writes others);
        // a translation gives its labels, by number or by place
        List<Support.Phone> phones = o != null ? o.phones() : s.phones();
        List<Map<String, Object>> phoneModels = new ArrayList<>();
        boolean police = false;
        for (int i = 0; i < phones.size(); i++) {
            Support.Phone p = phones.get(i);
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("number", p.number());
            pm.put("href", p.href());
            boolean isPolice = POLICE.contains(p.digits());
            police |= isPolice;
            pm.put("pictogram", isPolice ? "police" : "call");
            String label = p.label();
            String labelLang = o != null ? oLang : lang;
            if (o != null) {
                String own = ownLabel(s.phones(), p, i);
                if (!own.isEmpty()) {
                    label = own;
                    labelLang = lang;
                }
            }
            if (!label.isEmpty()) {
                pm.put("label", text(label, labelLang));
            }
            phoneModels.add(pm);
        }
        m.put("phones", phoneModels);
        put(m, "chat", o != null && !o.chat().isEmpty() ? o.chat() : s.chat());
        put(m, "email", o != null && !o.email().isEmpty() ? o.email() : s.email());
        putText(m, "sms", s.sms(), lang, o == null ? "" : o.sms(), oLang);
        putText(m, "hours", s.hours(), lang, o == null ? "" : o.hours(), oLang);
        putText(m, "cost", s.cost(), lang, o == null ? "" : o.cost(), oLang);
        putText(m, "anonymity", s.anonymity(), lang, o == null ? "" : o.anonymity(), oLang);
        putText(m, "languages", s.languages(), lang, o == null ? "" : o.languages(), oLang);
        List<String> audience = s.audience().isEmpty() && o != null ? o.audience() : s.audience();
        List<String> area = s.area().isEmpty() && o != null ? o.area() : s.area();
        m.put("audience", audience);
        m.put("national", area.contains(Support.NATIONAL));
        m.put("municipalities", area.stream().filter(a -> !a.equals(Support.NATIONAL)).toList());
        put(m, "website", o != null && !o.website().isEmpty() ? o.website() : s.website());
        String pictogram = or(s.pictogram(), o == null ? "" : o.pictogram());
        if (pictogram.isEmpty()) {
            pictogram = police ? "police" : audience.contains("children") ? "child" : "";
        }
        m.put("pictogram", pictogram);
        return m;
    }

    /** A translation's label for the original's {@code i}-th number: the one written with that number, else at that place. */
    private static String ownLabel(List<Support.Phone> own, Support.Phone original, int i) {
        for (Support.Phone p : own) {
            if (!p.number().isEmpty() && p.digits().equals(original.digits())) {
                return p.label();
            }
        }
        return i < own.size() && own.get(i).number().isEmpty() ? own.get(i).label() : "";
    }

    private static Map<String, Object> definition(Definition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", d.term());
        m.put("aliases", d.aliases());
        String t = d.term();
        int first = t.isEmpty() ? 0 : t.offsetByCodePoints(0, 1);
        m.put("headword", t.isEmpty() ? t : t.substring(0, first).toUpperCase(Locale.ROOT) + t.substring(first));
        return m;
    }

    private Map<String, Object> plan(Plan p, Data d) {
        Plan own = d.own.plan().orElseThrow();
        String lang = d.ownLang;
        String oLang = d.originLang == null ? lang : d.originLang;
        String actionsLang = own.actions().isEmpty() && d.origin != null ? oLang : lang;
        String goalsLang = own.goals().isEmpty() && own.actions().isEmpty() && d.origin != null ? oLang : lang;
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "municipality", p.municipality());
        putText(m, "document", own.document(), lang, p.document(), oLang);
        putText(m, "adopted", own.adopted(), lang, p.adopted(), oLang);
        putText(m, "period", own.period(), lang, p.period(), oLang);
        putText(m, "followUp", own.followUp(), lang, p.followUp(), oLang);
        Map<String, Map<String, Object>> goalsByRef = new LinkedHashMap<>();
        List<Map<String, Object>> goals = new ArrayList<>();
        for (Plan.Goal g : p.goals()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("id", g.id());
            gm.put("name", g.name());
            gm.put("ref", g.ref());
            gm.put("lang", tag(goalsLang));
            gm.put("dir", dir(goalsLang));
            gm.put("actions", new ArrayList<Map<String, Object>>());
            goals.add(gm);
            goalsByRef.put(g.ref(), gm);
        }
        List<Map<String, Object>> actions = new ArrayList<>();
        List<Map<String, Object>> ungrouped = new ArrayList<>();
        for (Action a : p.actions()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.id());
            am.put("anchor", a.anchor());
            am.put("goal", a.goal());
            am.put("what", a.what());
            am.put("responsible", a.responsible());
            am.put("level", a.level());
            am.put("period", a.period());
            am.put("indicators", a.indicators());
            am.put("themes", a.themes());
            am.put("lang", tag(actionsLang));
            am.put("dir", dir(actionsLang));
            Map<String, Object> goal = goalsByRef.get(a.goal());
            am.put("goalName", goal == null ? "" : goal.get("name"));
            actions.add(am);
            if (goal == null) {
                ungrouped.add(am);
            } else {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) goal.get("actions");
                list.add(am);
            }
        }
        m.put("goals", goals);
        m.put("actions", actions);
        m.put("ungrouped", ungrouped);
        m.put("actionCount", actions.size());
        return m;
    }

    /** A text with its language: {@code text}, {@code lang}, {@code dir}. */
    private Map<String, Object> text(String text, String lang) {
        return Map.of("text", text, "lang", tag(lang), "dir", dir(lang));
    }

    private void putText(Map<String, Object> m, String key, String own, String lang, String inherited, String inheritedLang) {
        if (!own.isEmpty()) {
            m.put(key, text(own, lang));
        } else if (inherited != null && !inherited.isEmpty()) {
            m.put(key, text(inherited, inheritedLang == null ? lang : inheritedLang));
        }
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static String or(String own, String inherited) {
        return own.isEmpty() ? inherited : own;
    }

    /** The BCP 47 tag of an edition: {@code sv} for the easy-read edition {@code lattlast}. */
    private String tag(String edition) {
        return site.config().hasLanguage(edition) ? site.config().language(edition).lang() : edition;
    }

    private String dir(String lang) {
        return site.config().hasLanguage(lang) ? site.config().language(lang).dir() : "ltr";
    }

    /** First letter of a term, upper case in the language: the glossary's index letter. */
    static String letter(String term, String lang) {
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return new String(Character.toChars(cp)).toUpperCase(Locale.forLanguageTag(lang));
            }
            i += Character.charCount(cp);
        }
        return "#";
    }
}
