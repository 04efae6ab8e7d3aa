package se.fristad.check;

import java.time.LocalDate;
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
 * {@code ok} (translated), {@code --} (missing: readers see the fallback) or {@code old} (outdated: the original was
 * reviewed after the translation was).
 */
public final class TranslationReport {
    private TranslationReport() {
    }

    public enum State { OK, MISSING, OUTDATED }

    /** The state of every written page (by key) in every language, in site.yml's order. */
    public static Map<String, List<State>> states(Site site) {
        Map<String, List<State>> rows = new TreeMap<>();
        for (Page p : site.pages()) {
            if (p.source() == null || rows.containsKey(p.key())) {
                continue;
            }
            List<Page> versions = site.versions(p.key());
            // the original the others translate: the source language's page, else the first written one
            SourcePage original = versions.stream().filter(v -> v.kind() == Page.Kind.CONTENT).findFirst()
                    .map(Page::source).orElse(null);
            List<State> row = new ArrayList<>();
            for (Page v : versions) {
                row.add(state(v, original));
            }
            rows.put(p.key(), row);
        }
        return rows;
    }

    private static State state(Page v, SourcePage original) {
        if (v.kind() != Page.Kind.CONTENT) {
            return State.MISSING;
        }
        LocalDate mine = v.source().front().reviewed();
        LocalDate theirs = original == null ? null : original.front().reviewed();
        boolean outdated = v.source() != original && mine != null && theirs != null && theirs.isAfter(mine);
        return outdated ? State.OUTDATED : State.OK;
    }

    /** A column as wide as the edition's code, at least 4 ({@code lattlast} needs 8). */
    private static int column(Language l) {
        return Math.max(4, l.code().length());
    }

    /** The table as text, one line per page. */
    public static String table(Site site) {
        Map<String, List<State>> rows = states(site);
        int width = Math.max(4, rows.keySet().stream().mapToInt(String::length).max().orElse(4));
        StringBuilder out = new StringBuilder("Translations (ok = translated, -- = missing, old = original reviewed after the translation):\n");
        out.append(String.format("%-" + width + "s", "page"));
        for (Language l : site.languages()) {
            out.append(String.format(" %" + column(l) + "s", l.code()));
        }
        out.append('\n');
        rows.forEach((key, states) -> {
            out.append(String.format("%-" + width + "s", key));
            for (int i = 0; i < states.size(); i++) {
                State s = states.get(i);
                out.append(String.format(" %" + column(site.languages().get(i)) + "s", s == State.OK ? "ok" : s == State.MISSING ? "--" : "old"));
            }
            out.append('\n');
        });
        return out.toString();
    }
}
