package se.fristad.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.fristad.load.Facts;
import se.fristad.load.Facts.Fact;
import se.fristad.load.Facts.Kind;
import se.fristad.load.SourcePage;
import se.fristad.load.Support;
import se.fristad.model.Site;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * A fact a resident acts on — a phone number, an address to write to — has one source: the support page of the
 * service, in the source language. Every edition, and every other page, follows it or the build says why not:
 * <ul>
 * <li>a translation writes no number or address its original lacks (a number changed in the original and not in the
 *     translation is such a number): an error naming both files and lines;</li>
 * <li>a translation that leaves out a number its original's text gives is a warning (it may be outdated);</li>
 * <li>a phone number anywhere in any page that no support page of the site lists is an error naming the page
 *     (an old number left behind when a service's page changed), with the number it probably meant;</li>
 * <li>a translation whose original was deleted or renamed is an error naming both paths.</li>
 * </ul>
 * Linear: each page's facts are compared with its own original's and with one set of the site's numbers.
 */
public final class SafetyFacts {
    private SafetyFacts() {
    }

    public static void check(Site site, Path siteDir, Problems problems) {
        String source = site.config().source().code();
        Map<String, SourcePage> originals = new HashMap<>();
        Map<String, String[]> listed = new LinkedHashMap<>(); // digits → {the support page that lists them, as it writes them}
        Map<String, List<String>> byName = new HashMap<>(); // a support page's name for {{tel name}} → its numbers' digits
        for (SourcePage p : site.content().pages()) {
            if (p.lang().equals(source)) {
                originals.put(p.relPath(), p);
                p.front().support().ifPresent(s -> {
                    List<String> digits = new ArrayList<>();
                    for (Support.Phone phone : s.phones()) {
                        listed.putIfAbsent(Facts.digits(phone.number()), new String[] {p.relPath(), phone.number()});
                        digits.add(Facts.digits(phone.number()));
                    }
                    String path = p.relPath().substring(0, p.relPath().length() - 3);
                    byName.put(path, digits);
                    String stem = path.substring(path.lastIndexOf('/') + 1);
                    if (!stem.equals(path)) {
                        byName.merge(stem, digits, (a, b) -> List.of()); // two pages of that name: the renderer reports it
                    }
                });
            }
        }
        Resolver resolve = f -> Facts.referenced(f).map(r -> {
            List<String> d = byName.get(r.getKey());
            return d == null || r.getValue() < 1 || r.getValue() > d.size() ? null : d.get(r.getValue() - 1);
        }).orElse(f.value());
        for (SourcePage p : site.content().pages()) {
            String name = name(siteDir, p);
            Set<Fact> reported = new HashSet<>();
            if (!p.lang().equals(source)) {
                SourcePage o = originals.get(p.relPath());
                if (o == null) {
                    if (!p.front().translation().isEmpty() || !p.front().translatedFrom().isEmpty()) {
                        problems.add(Problem.error(p.file(), 1, 1, "this translation has no original: content/" + source + "/"
                                + p.relPath() + " does not exist (deleted or renamed?)",
                                "move " + name + " to the path of the original's new name, or delete it if the original is gone"));
                    }
                } else {
                    boolean outdated = site.page(p.lang(), p.relPath()).map(site::outdated).orElse(false);
                    translation(p, o, name, name(siteDir, o), outdated, reported, resolve, problems);
                }
            }
            Set<String> once = new HashSet<>(); // [020-50 50 50](tel:020505050) is one number on its line
            for (Fact f : p.facts().of(Kind.PHONE)) {
                if (Facts.referenced(f).isPresent() || f.bare()) {
                    continue; // a support page's own number, a name the renderer reports, or "Storgatan 112"
                }
                if (!reported.contains(f) && !listed.containsKey(f.value()) && once.add(f.line() + ":" + f.value())) {
                    String near = nearest(f.value(), listed.keySet());
                    problems.add(Problem.error(p.file(), f.line(), f.column(), f.shown() + " is not the number of any support page"
                                    + " (an old number, or a service without a page?)",
                            near != null ? "content/" + source + "/" + listed.get(near)[0] + " gives " + listed.get(near)[1]
                                    + ": write {{tel " + stem(listed.get(near)[0]) + "}} so the text follows that page"
                                    : "make a support page (type: support) with this number under phones:, and write {{tel its-file-name}} here"));
                }
            }
        }
    }

    /** A fact's value as compared: a {@code {{tel name}}} as the number it names (null when it names none). */
    private interface Resolver {
        String value(Fact f);
    }

    private static void translation(SourcePage p, SourcePage o, String name, String originalName, boolean outdated,
                                     Set<Fact> reported, Resolver resolve, Problems problems) {
        Map<String, Fact> theirs = new HashMap<>();
        o.facts().all().forEach(f -> theirs.putIfAbsent(f.kind() + resolve.value(f), f));
        Set<String> mine = new HashSet<>();
        List<Fact> extra = new ArrayList<>();
        for (Fact f : p.facts().all()) {
            String v = resolve.value(f);
            if (v == null) {
                continue; // {{tel unknown}}: the renderer reports it
            }
            mine.add(f.kind() + v);
            if (!theirs.containsKey(f.kind() + v)) {
                extra.add(f);
            }
        }
        Set<String> once = new HashSet<>();
        for (Fact f : extra) {
            reported.add(f);
            if (!once.add(f.line() + ":" + f.kind() + f.value())) {
                continue;
            }
            List<Fact> same = o.facts().of(f.kind()).stream().filter(x -> x.front() == f.front()).toList();
            List<Fact> candidates = same.isEmpty() ? o.facts().of(f.kind()) : same;
            Fact counterpart = candidates.stream().filter(x -> !mine.contains(x.kind() + resolve.value(x)))
                    .min(java.util.Comparator.comparing((Fact x) -> x.shown().matches("(?i)(tel|sms):.*"))) // as written, not a tel: target
                    .orElse(candidates.isEmpty() ? null : candidates.get(0));
            String what = f.kind() == Kind.PHONE ? "number" : "address";
            problems.add(Problem.error(p.file(), f.line(), f.column(), f.shown() + " is not a" + (f.kind() == Kind.PHONE ? " " : "n ")
                            + what + " of the original (" + (counterpart == null ? originalName + " has none"
                            : counterpart.where(originalName) + " has " + counterpart.shown()) + ")",
                    f.front() && p.front().support().isPresent()
                            ? "delete the line: a translation takes numbers and addresses from the original (give only label: for each phone)"
                            : counterpart != null ? "give the original's " + (f.kind() == Kind.PHONE ? "number" : "address")
                            + " here, or take this one out" + (f.kind() == Kind.PHONE ? " ({{tel …}} names a support page's number and follows it)" : "")
                            : "take it out, or add it to the original first"));
        }
        if (outdated) {
            return; // an outdated translation says so to its readers; what it lacks is what changed
        }
        for (Fact f : o.facts().of(Kind.PHONE)) {
            if (!f.front() && resolve.value(f) != null && !mine.contains(f.kind() + resolve.value(f))) {
                problems.add(Problem.warning(p.file(), 1, 1, "the translation does not give " + f.shown() + ", which the original gives at "
                                + f.where(originalName),
                        "translate the sentence with the number, or write {{tel …}} where it belongs"));
                mine.add(f.kind() + resolve.value(f)); // once per number
            }
        }
    }

    /** The listed number one or two digits away from {@code digits} (a typo, or the number before a change). */
    private static String nearest(String digits, Set<String> listed) {
        String best = null;
        int bestDistance = 3;
        for (String l : listed) {
            if (Math.abs(l.length() - digits.length()) > 2) {
                continue;
            }
            int d = distance(digits, l);
            if (d < bestDistance) {
                bestDistance = d;
                best = l;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String stem(String relPath) {
        String path = relPath.substring(0, relPath.length() - 3);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String name(Path siteDir, SourcePage p) {
        Path f = p.file();
        return (f.startsWith(siteDir) ? siteDir.relativize(f) : f).toString().replace('\\', '/');
    }
}
