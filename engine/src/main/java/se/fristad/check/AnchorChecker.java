package se.fristad.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import se.fristad.model.Page;
import se.fristad.problem.DidYouMean;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;
import se.fristad.render.LinkResolver.AnchorUse;

/** Checks that every {@code #anchor} a link names is a heading on the page it leads to. */
public final class AnchorChecker {
    private AnchorChecker() {
    }

    /**
     * @param uses  every anchor link of the site
     * @param ids   heading ids per Markdown file
     */
    public static void check(Collection<AnchorUse> uses, Map<Path, Set<String>> ids, Problems problems) {
        for (AnchorUse use : uses) {
            Page target = use.target();
            Set<String> known = target.source() == null ? Set.of() : ids.getOrDefault(target.source().file(), Set.of());
            if (use.fragment().isEmpty() || known.contains(use.fragment())) {
                continue;
            }
            String where = target.url().isEmpty() ? "the home page" : "/" + target.url();
            boolean plan = target.source() != null && target.source().front().plan().isPresent();
            String hint = known.isEmpty() ? "that page has no headings to link to; link to the page without #"
                    : DidYouMean.closest(use.fragment(), known).map(c -> "did you mean #" + c + "?")
                    .orElse("its headings are: #" + String.join(", #", known.stream().sorted().toList()));
            problems.add(Problem.error(use.file(), use.line(), use.column(),
                    "no heading " + (plan ? "or action #" : "#") + use.fragment() + " on " + where, hint));
        }
    }
}
