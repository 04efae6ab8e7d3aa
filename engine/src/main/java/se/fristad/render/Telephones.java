package se.fristad.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.fristad.load.SourcePage;
import se.fristad.load.Support;
import se.fristad.model.Site;
import se.fristad.problem.DidYouMean;

/**
 * The numbers of the site's support pages by name, for {@code {{tel name}}} in running text: a page's file name
 * without {@code .md} ({@code kvinnofridslinjen}) or its path below {@code content/<lang>/}
 * ({@code hjalp-och-stod/kvinnofridslinjen}). Made once per site from the source language's support pages, whose
 * numbers every edition shows.
 */
final class Telephones {
    private final Map<String, List<Support.Phone>> byName = new HashMap<>();
    private final Map<String, String> ambiguous = new HashMap<>();

    Telephones(Site site) {
        String source = site.config().source().code();
        Map<String, List<String>> stems = new HashMap<>(); // file name → the paths that have it
        for (SourcePage p : site.content().pages()) {
            Optional<Support> s = p.front().support();
            if (!p.lang().equals(source) || s.isEmpty()) {
                continue;
            }
            String path = p.relPath().substring(0, p.relPath().length() - 3);
            byName.put(path, s.get().phones());
            stems.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1), k -> new java.util.ArrayList<>()).add(path);
        }
        stems.forEach((stem, paths) -> {
            if (paths.size() == 1) {
                byName.putIfAbsent(stem, byName.get(paths.get(0)));
            } else if (!byName.containsKey(stem)) {
                ambiguous.put(stem, paths.get(0));
            }
        });
    }

    /** The n-th number (from 1) of the named service as {shown, tel: address}, or a message and a hint. */
    Object[] lookup(String name, int n) {
        String key = se.fristad.load.Facts.referenceName(name);
        if (ambiguous.containsKey(key)) {
            return new Object[] {null, "{{tel " + name + "}}: more than one support page is called " + key,
                    "write the path below content/, e.g. {{tel " + ambiguous.get(key) + "}}"};
        }
        List<Support.Phone> phones = byName.get(key);
        if (phones == null) {
            return new Object[] {null, "{{tel " + name + "}}: no support page is called " + key,
                    DidYouMean.closest(key, byName.keySet()).map(c -> "did you mean {{tel " + c + "}}?")
                            .orElse("name a support page (type: support) by its file name without .md")};
        }
        if (phones.isEmpty() || n < 1 || n > phones.size()) {
            return new Object[] {null, "{{tel " + name + (n == 1 ? "" : " " + n) + "}}: " + key + " lists "
                    + (phones.isEmpty() ? "no phone number" : phones.size() + " number" + (phones.size() == 1 ? "" : "s")),
                    phones.isEmpty() ? "add phones: to its page, or write its name as a link instead" : "write a number from 1 to " + phones.size()};
        }
        Support.Phone p = phones.get(n - 1);
        return new Object[] {new String[] {p.number(), p.href()}};
    }
}
