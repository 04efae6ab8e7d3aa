package se.fristad.content;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every action of the five municipal plans is on its plan page ({@code content/sv/planer/<plan>.md}, front matter
 * key {@code actions}), checked against an independent record of what each seed contains
 * ({@code engine/src/test/resources/plans/<plan>.txt}: one line per action with its line in the seed and its identifier
 * or first words). Where the seeds are at hand ({@code -Dfristad.seeds=DIR}, or {@code shared/seeds} beside the
 * repository or a folder above it), the record is checked against the seed text, and plans whose seed has a regular
 * pattern are counted again from the seed itself.
 */
class PlanActionsTest {

    private static final Path ROOT = Paths.get("").toAbsolutePath();

    /** A line of an expectations file: where the action starts in the seed and how it is named there. */
    record Expected(int seedLine, boolean isId, String text) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kiruna", "harnosand", "umea", "sodertalje", "kalmar"})
    void everyActionOfTheSeedIsOnThePage(String plan) throws IOException {
        List<Expected> expected = expectations(plan);
        List<Map<String, Object>> actions = actions(plan);
        assertEquals(expected.size(), actions.size(), "content/sv/planer/" + plan + ".md has " + actions.size()
                + " actions, but engine/src/test/resources/plans/" + plan + ".txt lists " + expected.size()
                + " in the seed — every action of the plan must be an entry of `actions`, and nothing else");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kiruna", "harnosand", "umea", "sodertalje", "kalmar"})
    void everyIdentifierOfTheSeedIsOnThePageInOrder(String plan) throws IOException {
        List<String> expectedIds = expectations(plan).stream().filter(Expected::isId).map(Expected::text)
                .collect(Collectors.toList());
        List<String> pageIds = ids(actions(plan));
        assertEquals(expectedIds, pageIds, "the `id`s of the actions in content/sv/planer/" + plan
                + ".md must be the plan's own identifiers, in the plan's order (an action without one has no id)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kiruna", "harnosand", "umea", "sodertalje", "kalmar"})
    void theExpectationsAreWhereTheySayInTheSeed(String plan) throws IOException {
        Path seed = seed(plan);
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        for (Expected e : expectations(plan)) {
            assertTrue(e.seedLine() >= 1 && e.seedLine() <= lines.size(),
                    plan + ".txt: line " + e.seedLine() + " is outside " + seed.getFileName());
            String line = normalize(lines.get(e.seedLine() - 1));
            boolean there = e.isId()
                    ? line.equals(e.text()) || line.startsWith(e.text() + " ")
                    : line.startsWith(e.text());
            assertTrue(there, plan + ".txt expects \"" + e.text() + "\" at " + seed.getFileName() + ":"
                    + e.seedLine() + ", but that line reads \"" + line + "\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kiruna", "harnosand", "umea", "sodertalje", "kalmar"})
    void countedAgainFromTheSeedTheActionsMatchThePage(String plan) throws IOException {
        Path seed = seed(plan);
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        List<Map<String, Object>> actions = actions(plan);
        switch (plan) {
            case "sodertalje" -> {
                // "Åtgärd 2:3" alone on its line; "Åtgärd 4:1 Ansvarig nämnd Preventionsnivå" is a table header.
                List<String> ids = matches(lines, Pattern.compile("^\\s*(Åtgärd\\s+\\d+:\\d+)\\s*$"), 0, lines.size());
                assertEquals(33, ids.size(), "the Södertälje seed has 33 numbered actions (1:7 is missing)");
                assertEquals(ids, ids(actions), "Södertälje: the page's ids differ from the seed's \"Åtgärd N:M\" lines");
            }
            case "kiruna" -> {
                // The steps of section 2 "Genomförande": "2.1  Undersöka" … "2.4 Utvärdera".
                List<String> ids = matches(lines, Pattern.compile("^\\s*(2\\.\\d+)\\s+\\p{Lu}"), 0, lines.size());
                assertEquals(ids, ids(actions), "Kiruna: the page's ids differ from the seed's steps 2.N");
                assertEquals(4, ids.size(), "the Kiruna seed has four steps");
            }
            case "kalmar" -> {
                // In the draft strategy (after its "## Fokusområden och insatser"), each action is a bullet
                // followed by its own "Ansvar:" (or "Ansvaret:") line.
                int from = indexOf(lines, "## Fokusområden och insatser");
                int count = 0;
                for (int i = from; i < lines.size(); i++) {
                    if (lines.get(i).matches("^Ansvar(et)?:.*")) {
                        assertTrue(i > 0 && lines.get(i - 1).startsWith("- "), "Kalmar seed line " + (i + 1)
                                + ": an Ansvar line without a bullet before it — the pattern no longer holds");
                        count++;
                    }
                }
                assertEquals(35, count, "the Kalmar draft strategy has 35 bullets with an Ansvar line");
                assertEquals(count, actions.size(), "Kalmar: the page's action count differs from the seed's");
            }
            default -> Assumptions.abort(plan + ": the seed has no regular pattern to count actions by; the count is"
                    + " checked against engine/src/test/resources/plans/" + plan + ".txt, whose lines are checked against"
                    + " the seed");
        }
    }

    // ---- reading the page, the expectations and the seed ----

    private static List<Map<String, Object>> actions(String plan) throws IOException {
        Path page = ROOT.resolve("content/sv/planer/" + plan + ".md");
        assertTrue(Files.isRegularFile(page), "missing plan page " + page);
        Map<String, Object> fm = ContentFiles.frontMatter(page);
        assertEquals("plan", fm.get("type"), page + ": type must be plan");
        Object actions = fm.get("actions");
        assertNotNull(actions, page + ": no `actions` in the front matter");
        assertTrue(actions instanceof List, page + ": `actions` must be a list");
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object a : (List<?>) actions) {
            assertTrue(a instanceof Map, page + ": every entry of `actions` must be a mapping (id, what, …)");
            @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) a;
            assertNotNull(m.get("what"), page + ": an action without `what`: " + m);
            result.add(m);
        }
        return result;
    }

    private static List<String> ids(List<Map<String, Object>> actions) {
        return actions.stream().map(a -> a.get("id")).filter(Objects::nonNull).map(String::valueOf)
                .collect(Collectors.toList());
    }

    private static List<Expected> expectations(String plan) throws IOException {
        String name = "/plans/" + plan + ".txt";
        List<Expected> result = new ArrayList<>();
        try (InputStream in = PlanActionsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "missing test resource " + name);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s*\\|\\s*", 3);
                if (parts.length != 3 || !parts[0].matches("\\d+") || !(parts[1].equals("id") || parts[1].equals("text"))) {
                    fail(name + ":" + (i + 1) + ": expected `<seed line> | id|text | <words>`, got: " + line);
                }
                result.add(new Expected(Integer.parseInt(parts[0]), parts[1].equals("id"), parts[2]));
            }
        }
        assertFalse(result.isEmpty(), name + " lists no actions");
        return result;
    }

    /** The seed of a plan, or the test is skipped (with the reason) when the seeds are not at hand, as on CI. */
    private static Path seed(String plan) throws IOException {
        Path dir = ContentFiles.seedsDir(ROOT).orElse(null);
        Assumptions.assumeTrue(dir != null, "seeds not found (set -Dfristad.seeds=DIR, or put them at"
                + " ../shared/seeds): checked only against engine/src/test/resources/plans/" + plan + ".txt");
        String prefix = plan + "-";
        try (var files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted()
                    .collect(Collectors.toList());
            assertEquals(1, found.size(), "expected one seed named " + prefix + "* in " + dir + ", found " + found);
            return found.get(0);
        }
    }

    private static List<String> matches(List<String> lines, Pattern pattern, int from, int to) {
        List<String> result = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) {
                result.add(normalize(m.group(1)));
            }
        }
        return result;
    }

    private static int indexOf(List<String> lines, String line) {
        int i = lines.indexOf(line);
        assertTrue(i >= 0, "the seed no longer has the line \"" + line + "\"");
        return i;
    }

    /** Whitespace collapsed, and a leading list bullet removed. */
    private static String normalize(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.replaceFirst("^[-•] ", "");
    }
}
