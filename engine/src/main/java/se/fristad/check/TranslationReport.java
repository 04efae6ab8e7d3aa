package se.fristad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.fristad.config.Language;
import se.fristad.load.SourcePage;
import se.fristad.model.Page;
import se.fristad.model.Site;

/**
 * The table {@code check} prints for translators: every written page against every language, each cell
 * {@code ok} (translated), {@code --} (missing: readers see the fallback), {@code copy} (started with {@code new page}
 * but still the original's text: readers see the fallback) or {@code old} (the original's text changed since the
 * fingerprint the translation records; without one, the original was reviewed after the translation was).
 */
public final class TranslationReport {
    private TranslationReport() {
    }

    public enum State { OK, MISSING, COPY, OUTDATED }

    /** The state of every written page (by key) in every language, in site.yml's order. */
    public static Map<String, List<State>> states(Site site) {
        java.util.Set<String> written = new java.util.HashSet<>();
        for (SourcePage p : site.content().pages()) {
            written.add(p.lang() + "\u0000" + p.relPath());
        }
        Map<String, List<State>> rows = new TreeMap<>();
        for (Page p : site.pages()) {
            if (p.source() == null || rows.containsKey(p.key())) {
                continue;
            }
            List<State> row = new ArrayList<>();
            for (Page v : site.versions(p.key())) {
                row.add(v.kind() == Page.Kind.CONTENT ? (site.outdated(v) ? State.OUTDATED : State.OK)
                        : written.contains(v.lang().code() + "\u0000" + p.key()) ? State.COPY : State.MISSING);
            }
            rows.put(p.key(), row);
        }
        return rows;
    }

    /** A column as wide as the edition's code, at least 4 ({@code lattlast} needs 8). */
    private static int column(Language l) {
        return Math.max(4, l.code().length());
    }

    /** The table as text, one line per page. */
    public static String table(Site site) {
        Map<String, List<State>> rows = states(site);
        int width = Math.max(4, rows.keySet().stream().mapToInt(String::length).max().orElse(4));
        StringBuilder out = new StringBuilder("Translations (ok = translated, -- = missing, copy = still the original's text,"
                + " old = the original changed after the translation; fristad translation done FILE when it is checked):\n");
        out.append(String.format("%-" + width + "s", "page"));
        for (Language l : site.languages()) {
            out.append(String.format(" %" + column(l) + "s", l.code()));
        }
        out.append('\n');
        rows.forEach((key, states) -> {
            out.append(String.format("%-" + width + "s", key));
            for (int i = 0; i < states.size(); i++) {
                State s = states.get(i);
                out.append(String.format(" %" + column(site.languages().get(i)) + "s", switch (s) {
                    case OK -> "ok";
                    case MISSING -> "--";
                    case COPY -> "copy";
                    case OUTDATED -> "old";
                }));
            }
            out.append('\n');
        });
        return out.toString();
    }
}
