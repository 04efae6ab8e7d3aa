package se.fristad.content;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The default site's content as issue #5 asks for it, read from {@code content/} and {@code site.yml}: every edition
 * has the pages a resident needs first, every page has a summary, every support page has the facts a resident
 * looks for, and no phone number is shown that the plans or the national list do not give. (The built site's
 * {@code tel:} links and glossary links are checked by {@code BuiltContentIT}.)
 */
class ContentProofTest {

    static final Path ROOT = Paths.get("").toAbsolutePath();
    private static final Path CONTENT = ROOT.resolve("content");

    /** What every edition must have, beyond the source language (keys: paths below content/<edition>/). */
    static final List<String> REQUIRED = List.of(
            "index.md",
            "fa-hjalp-nu.md",
            "hjalp-och-stod/index.md",
            "hjalp-och-stod/112.md",
            "hjalp-och-stod/polisen.md",
            "hjalp-och-stod/kvinnofridslinjen.md",
            "hjalp-och-stod/bris.md",
            "hjalp-och-stod/brottsofferjouren.md",
            "hjalp-och-stod/1177.md",
            "former-av-vald/index.md",
            "former-av-vald/fysiskt-vald.md",
            "former-av-vald/psykiskt-vald.md",
            "former-av-vald/sexuellt-vald.md",
            "former-av-vald/ekonomiskt-vald.md",
            "former-av-vald/latent-vald.md",
            "former-av-vald/hedersrelaterat-vald-och-fortryck.md",
            "for-barn-och-unga.md",
            "dolj-ditt-besok.md",
            "om-webbplatsen/index.md");

    /** The national services, which must give a number to call. */
    private static final List<String> NATIONAL = List.of("112", "polisen", "kvinnofridslinjen", "bris",
            "brottsofferjouren", "1177");
    private static final Set<String> AUDIENCES = Set.of("adults", "children", "perpetrators", "relatives", "professionals");
    private static final List<String> CHANNELS = List.of("phones", "chat", "email", "sms", "website");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)\\s]*)?\\)");
    private static final Pattern TEL = Pattern.compile("tel:([+0-9]+)");

    @Test
    void everyEditionHasThePagesAResidentNeedsFirst() throws IOException {
        List<String> editions = editions();
        assertTrue(editions.size() >= 9, "site.yml lists " + editions + ": the default site ships nine editions");
        List<String> missing = new ArrayList<>();
        for (String edition : editions.subList(1, editions.size())) {
            for (String key : REQUIRED) {
                Path page = CONTENT.resolve(edition).resolve(key);
                if (!Files.isRegularFile(page)) {
                    missing.add("content/" + edition + "/" + key);
                    continue;
                }
                Map<String, Object> fm = ContentFiles.frontMatter(page);
                assertTrue(Set.of("machine", "reviewed").contains(String.valueOf(fm.get("translation"))),
                        page + ": a translation says `translation: machine` until a person has reviewed it");
                Map<String, Object> source = ContentFiles.frontMatter(CONTENT.resolve(editions.get(0)).resolve(key));
                for (String same : List.of("type", "layout")) {
                    assertEquals(source.get(same), fm.get(same), page + ": `" + same + "` must be as in the original");
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " required pages are missing:\n  " + String.join("\n  ", missing));
    }

    /**
     * The page on hiding one's visit says, in every edition, what the exit button does without JavaScript (an ordinary
     * link: Back returns) and that it stays at the top of the screen; and no page promises that nobody can see a visit.
     */
    @Test
    void theSafetyPageSaysWhatTheExitDoesWithoutJavaScript() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String edition : editions()) {
            String text = Files.readString(CONTENT.resolve(edition).resolve("dolj-ditt-besok.md"), StandardCharsets.UTF_8);
            if (!text.contains("JavaScript")) {
                missing.add("content/" + edition + "/dolj-ditt-besok.md does not say what the button does without JavaScript");
            }
        }
        String sv = Files.readString(CONTENT.resolve("sv/dolj-ditt-besok.md"), StandardCharsets.UTF_8);
        assertTrue(sv.contains("Tillbaka") && sv.contains("skärmen"), "Back returns without JavaScript; the button stays on the screen");
        for (Path page : markdown(CONTENT)) {
            String text = Files.readString(page, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("ingen annan får veta") || text.contains("ingen ska se att du")) {
                missing.add(ROOT.relativize(page) + " promises that nobody can see the visit — say it leaves fewer traces");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /**
     * Every translation of the default site records the version of its original it matches, and it is the current one:
     * a change to a Swedish page is carried into the editions (then {@code fristad translation done}), or said not to
     * concern them ({@code fristad translation minor}) — otherwise readers of every edition see "the original has changed".
     */
    @Test
    void everyTranslationMatchesItsOriginalAsItIsNow() throws IOException {
        List<String> editions = editions();
        List<String> old = new ArrayList<>();
        for (String edition : editions.subList(1, editions.size())) {
            for (Path page : markdown(CONTENT.resolve(edition))) {
                Path original = CONTENT.resolve(editions.get(0)).resolve(CONTENT.resolve(edition).relativize(page));
                if (!Files.isRegularFile(original)) {
                    continue; // everyTranslationKeepsTheOriginalsNumbersAndLinks names it
                }
                // read as written (YAML would read an all-digit fingerprint as a number)
                Matcher m = Pattern.compile("(?m)^translatedFrom:\\s*\"?([0-9a-f]+)").matcher(Files.readString(page, StandardCharsets.UTF_8));
                String recorded = m.find() ? m.group(1) : null;
                String current = se.fristad.load.Facts.fingerprint(Files.readString(original, StandardCharsets.UTF_8));
                if (!current.equals(recorded)) {
                    old.add(ROOT.relativize(page) + " records " + recorded + ", its original is now " + current);
                }
            }
        }
        assertTrue(old.isEmpty(), old.size() + " translations are old (java -jar target/fristad.jar translation done FILE once"
                + " checked, or translation minor ORIGINAL for a change that does not concern them):\n  " + String.join("\n  ", old));
    }

    @Test
    void noPageLacksATitleOrASummary() throws IOException {
        List<String> lacking = new ArrayList<>();
        for (Path page : markdown(CONTENT)) {
            Map<String, Object> fm = ContentFiles.frontMatter(page);
            for (String key : List.of("title", "summary")) {
                if (fm.get(key) == null || String.valueOf(fm.get(key)).isBlank()) {
                    lacking.add(ROOT.relativize(page) + " has no " + key);
                }
            }
        }
        assertTrue(markdown(CONTENT).size() > 60, "the default site has its content");
        assertTrue(lacking.isEmpty(), String.join("\n", lacking));
    }

    @Test
    void everySupportPageSaysWhoItIsForWhereAndHowToReachIt() throws IOException {
        Set<String> municipalities = Set.copyOf(stringList(siteYml().get("municipalities")));
        Path dir = CONTENT.resolve("sv/hjalp-och-stod");
        List<Path> pages = markdown(dir).stream().filter(p -> !p.getFileName().toString().equals("index.md"))
                .collect(Collectors.toList());
        assertTrue(pages.size() >= 20, "national and local services: " + pages.size());
        for (Path page : pages) {
            Map<String, Object> fm = ContentFiles.frontMatter(page);
            String name = ROOT.relativize(page).toString();
            assertEquals("support", fm.get("type"), name + ": a page under hjalp-och-stod/ is `type: support`");
            List<String> audience = stringList(fm.get("audience"));
            assertFalse(audience.isEmpty(), name + ": `audience` says whom the service is for");
            assertTrue(AUDIENCES.containsAll(audience), name + ": audience " + audience + " outside " + AUDIENCES);
            Object area = fm.get("area");
            assertNotNull(area, name + ": `area` says national or which municipalities");
            if (!"national".equals(area)) {
                List<String> places = stringList(area);
                assertFalse(places.isEmpty(), name + ": `area` names no municipality");
                assertTrue(municipalities.containsAll(places), name + ": area " + places + " outside " + municipalities);
            }
            boolean reachable = CHANNELS.stream().anyMatch(fm::containsKey);
            if (!reachable) { // then the page says whom to ask: it links to another support page
                String body = Files.readString(page, StandardCharsets.UTF_8);
                boolean asks = LINK.matcher(body).results().map(m -> m.group(1))
                        .anyMatch(href -> !href.contains("/") || href.startsWith("../hjalp-och-stod/"));
                assertTrue(asks, name + ": no phone, chat, e-mail, SMS or website, and no link to a service to ask");
            }
            if (fm.containsKey("website")) {
                assertTrue(String.valueOf(fm.get("website")).startsWith("https://"), name + ": website is https");
            }
        }
        for (String service : NATIONAL) {
            Map<String, Object> fm = ContentFiles.frontMatter(dir.resolve(service + ".md"));
            assertEquals("national", fm.get("area"), service + " is national");
            assertNotNull(fm.get("phones"), service + ": a national service gives its number");
        }
    }

    @Test
    void everyNumberInTheContentIsOnTheAllowedList() throws IOException {
        Set<String> allowed = allowedPhones().keySet();
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (Path page : markdown(CONTENT)) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = TEL.matcher(text);
            while (m.find()) {
                seen++;
                if (!allowed.contains(m.group(1))) {
                    wrong.add(ROOT.relativize(page) + ": tel:" + m.group(1));
                }
            }
            Object phones = ContentFiles.frontMatter(page).get("phones");
            if (phones instanceof List<?> list) {
                for (Object p : list) {
                    Object number = p instanceof Map<?, ?> map ? map.get("number") : p;
                    if (number == null) {
                        continue; // a translation's label: the number is the original's
                    }
                    seen++;
                    String digits = String.valueOf(number).replaceAll("[^0-9+]", "");
                    if (!allowed.contains(digits)) {
                        wrong.add(ROOT.relativize(page) + ": phones: " + number);
                    }
                }
            }
        }
        // numbers live on the support pages (one source); the text names them with {{tel page}}
        assertTrue(seen >= allowed.size(), "numbers found in the content: " + seen);
        int references = 0;
        for (Path page : markdown(CONTENT)) {
            references += (int) Pattern.compile("\\{\\{tel [^}]+\\}\\}").matcher(Files.readString(page, StandardCharsets.UTF_8)).results().count();
        }
        assertTrue(references > 300, "the text names support pages' numbers with {{tel …}}: " + references);
        assertTrue(wrong.isEmpty(), "numbers that are not on engine/src/test/resources/content/allowed-phones.txt (seeds and"
                + " DESIGN.md only — never invent one):\n  " + String.join("\n  ", wrong));
    }

    @Test
    void theAllowedNumbersAreWhereTheListSays() throws IOException {
        Path seeds = ContentFiles.seedsDir(ROOT).orElse(null);
        Assumptions.assumeTrue(seeds != null, "seeds not found (-Dfristad.seeds=DIR or ../shared/seeds)");
        for (Map.Entry<String, String> e : allowedPhones().entrySet()) {
            String[] source = e.getValue().split(":");
            List<String> lines = Files.readAllLines(source[0].equals("DESIGN.md")
                    ? seeds.getParent().resolve("DESIGN.md") : seeds.resolve(source[0]), StandardCharsets.UTF_8);
            List<String> where = source.length > 1 ? List.of(lines.get(Integer.parseInt(source[1]) - 1)) : lines;
            boolean found = where.stream().map(l -> l.replaceAll("[^0-9]", "")).anyMatch(d -> d.contains(e.getKey()));
            assertTrue(found, e.getKey() + " is not at " + e.getValue());
        }
    }

    /** A phone number as written in running text: digits with spaces or hyphens between them. */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\+?\\d[\\d \\-]*\\d|\\d");

    /**
     * Every translated page keeps its original's facts: the same kind of page, no phone number and no link target that
     * the original does not have, the same audience, area and website where it gives them (where it does not, the
     * original's apply), and for a support page's numbers a label each in the edition's own language and no number:
     * the numbers come from the original, so a changed number cannot stay behind in a translation.
     */
    @Test
    void everyTranslationKeepsTheOriginalsNumbersAndLinks() throws IOException {
        List<String> editions = editions();
        Path sourceDir = CONTENT.resolve(editions.get(0));
        Set<String> allowed = allowedPhones().keySet();
        List<String> wrong = new ArrayList<>();
        int translations = 0;
        for (String edition : editions.subList(1, editions.size())) {
            boolean sameLanguage = "lattlast".equals(edition); // easy-read Swedish keeps Swedish labels
            for (Path page : markdown(CONTENT.resolve(edition))) {
                String key = CONTENT.resolve(edition).relativize(page).toString();
                Path original = sourceDir.resolve(key);
                String name = "content/" + edition + "/" + key;
                if (!Files.isRegularFile(original)) {
                    wrong.add(name + ": no original content/" + editions.get(0) + "/" + key);
                    continue;
                }
                translations++;
                Map<String, Object> fm = ContentFiles.frontMatter(page);
                Map<String, Object> src = ContentFiles.frontMatter(original);
                for (String same : List.of("type", "layout", "area", "audience", "website", "chat", "email")) {
                    boolean inherited = fm.get(same) == null && !List.of("type", "layout").contains(same);
                    if (!inherited && !java.util.Objects.equals(src.get(same), fm.get(same))) {
                        wrong.add(name + ": `" + same + ": " + fm.get(same) + "` where the original has " + src.get(same));
                    }
                }
                if (src.get("phones") instanceof List<?> srcPhones) {
                    // a translation takes the numbers from the original and gives its own labels, one per number
                    if (!(fm.get("phones") instanceof List<?> phones)) {
                        wrong.add(name + ": no `phones:` — give a label in this language for each of the original's numbers");
                    } else if (phones.size() != srcPhones.size()
                            || phones.stream().anyMatch(p -> !(p instanceof Map<?, ?> m) || m.containsKey("number") || m.get("label") == null)) {
                        wrong.add(name + ": phones " + phones + " — write `- label: …` for each of the original's " + srcPhones.size()
                                + " numbers, and no number (it comes from the original)");
                    } else if (!sameLanguage) {
                        for (int i = 0; i < phones.size(); i++) {
                            Object label = ((Map<?, ?>) phones.get(i)).get("label");
                            if (label != null && label.equals(((Map<?, ?>) srcPhones.get(i)).get("label"))) {
                                wrong.add(name + ": phone label \"" + label + "\" is the Swedish one — translate it");
                            }
                        }
                    }
                }
                String text = Files.readString(page, StandardCharsets.UTF_8);
                String srcText = Files.readString(original, StandardCharsets.UTF_8);
                Set<String> srcNumbers = writtenNumbers(srcText, allowed);
                for (String n : writtenNumbers(text, allowed)) {
                    if (!srcNumbers.contains(n)) {
                        wrong.add(name + ": gives the number " + n + ", which the original does not");
                    }
                }
                Set<String> srcLinks = links(srcText);
                for (String href : links(text)) {
                    if (!srcLinks.contains(href)) {
                        wrong.add(name + ": links to " + href + ", which the original does not");
                    }
                }
            }
        }
        assertTrue(translations > 150, "translations found: " + translations);
        assertTrue(wrong.isEmpty(), wrong.size() + " translations differ from their originals in facts:\n  "
                + String.join("\n  ", wrong));
    }

    private static List<String> numbers(List<?> phones) {
        return phones.stream().map(p -> p instanceof Map<?, ?> m ? m.get("number") : p)
                .map(n -> String.valueOf(n).replaceAll("[^0-9+]", "")).collect(Collectors.toList());
    }

    /** The allowed phone numbers (digits) that {@code text} writes out, in any spacing. */
    private static Set<String> writtenNumbers(String text, Set<String> allowed) {
        Set<String> out = new java.util.TreeSet<>();
        Matcher m = WRITTEN_NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9+]", "");
            if (allowed.contains(digits)) out.add(digits);
        }
        return out;
    }

    /** Relative link targets (without #anchor) of a Markdown text. */
    private static Set<String> links(String text) {
        return LINK.matcher(text).results().map(r -> r.group(1)).filter(h -> !h.contains("://"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    // ---- reading ----

    /** Edition codes in site.yml's order (the source language first). */
    static List<String> editions() throws IOException {
        List<String> codes = new ArrayList<>();
        for (Object l : (List<?>) siteYml().get("languages")) {
            codes.add(l instanceof Map<?, ?> m ? String.valueOf(m.get("code")) : String.valueOf(l));
        }
        return codes;
    }

    private static Map<?, ?> siteYml() throws IOException {
        return (Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(ROOT.resolve("site.yml"), StandardCharsets.UTF_8));
    }

    /** Allowed numbers (digits) → their source ({@code DESIGN.md} or {@code seed:line}). */
    static Map<String, String> allowedPhones() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ContentProofTest.class.getResourceAsStream("/content/allowed-phones.txt")) {
            assertNotNull(in, "missing engine/src/test/resources/content/allowed-phones.txt");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s*\\|\\s*");
                if (parts.length < 2 || !parts[0].strip().matches("\\+?[0-9]+")) {
                    fail("allowed-phones.txt: expected `<digits> | <source> | <what>`, got: " + line);
                }
                out.put(parts[0].strip(), parts[1].strip());
            }
        }
        return out;
    }

    private static List<String> stringList(Object o) {
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).collect(Collectors.toList());
        }
        return o == null ? List.of() : List.of(String.valueOf(o));
    }

    private static List<Path> markdown(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
        }
    }
}
