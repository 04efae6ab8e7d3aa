package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The support directory as JSON beside the pages ({@code stod.json}, {@code en/stod.json}, …): the same services, in the
 * same order, with the same numbers as the support pages show; a translation's names and labels with the original's
 * numbers; and no page, sitemap or search index that names it.
 */
class SupportDirectoryTest {
    @TempDir
    Path tmp;

    private TestSite site(String extra) {
        return new TestSite(tmp, "title: Testsajt\nlanguages: [sv, {code: lattlast, name: Lättläst, lang: sv, easyRead: true}, en]\n"
                + "municipalities: [Exempelby]\n" + extra)
                .page("sv/index.md", "Start", "Hej.")
                .page("sv/stod/index.md", "Stöd", "Här finns stöd.", "layout: finder")
                .page("sv/stod/kvinnojouren.md", "Kvinnojouren i Exempelby", "Ring jouren.", "type: support", "order: 1",
                        "phones:", "  - number: 0611-34 80 00", "    label: Jouren", "  - number: 020-11 22 33", "    label: Stödtelefon",
                        "email: jouren@example.se", "chat: https://jouren.example.se/chatt", "hours: Vardagar 9–16.",
                        "area: [Exempelby]", "audience: [adults, relatives]")
                .page("sv/stod/bris.md", "BRIS", "Ring BRIS.", "type: support", "order: 2", "summary: För barn & unga <b>.",
                        "phones:", "  - number: 116 111", "    label: För barn", "hours: Dygnet runt.", "cost: Gratis.",
                        "website: https://www.bris.se", "area: national", "audience: children")
                .page("sv/stod/akut.md", "Akut hjälp", "Ring.", "type: support", "phones: [\"112\"]", "area: national")
                .page("en/index.md", "Home", "Hello.")
                .page("en/stod/bris.md", "BRIS in English", "Call BRIS.", "type: support", "phones: [{label: For children}]",
                        "hours: Round the clock.")
                .page("en/stod/kvinnojouren.md", "The women's shelter in Exempelby", "Call.", "type: support",
                        "phones:", "  - number: 0611-34 80 00", "    label: Shelter line")
                .page("lattlast/index.md", "Start lätt", "Hej hej.");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(TestSite s, String rel) {
        Object o = new Load(LoadSettings.builder().build()).loadFromString(s.read(rel)); // YAML 1.2 reads JSON
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> services(Map<String, Object> directory) {
        return (List<Map<String, Object>>) directory.get("services");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> phones(Map<String, Object> service) {
        return (List<Map<String, Object>>) service.get("phones");
    }

    /** The support page a service's url names, from the folder of the JSON file. */
    private static Document page(TestSite s, String folder, Map<String, Object> service) {
        String url = (String) service.get("url");
        return Jsoup.parse(s.read(folder + url + "index.html"));
    }

    @Test
    void everyEditionListsItsServicesInTheFindersOrderWithThePagesNumbers() {
        TestSite s = site("");
        LocalDate before = LocalDate.now();
        Build.Result r = s.build();
        assertTrue(r.ok(), () -> s.errors(r).toString());
        for (String[] e : new String[][] {{"", "sv", "sv"}, {"en/", "en", "en"}, {"lattlast/", "sv", "lattlast"}}) {
            Map<String, Object> d = json(s, e[0] + "stod.json");
            assertEquals(e[1], d.get("language"), e[0]);
            assertEquals(e[2], d.get("edition"), e[0]);
            LocalDate generated = LocalDate.parse((String) d.get("generated"));
            assertTrue(!generated.isBefore(before) && !generated.isAfter(LocalDate.now()), "the build's date: " + generated);
            List<Map<String, Object>> services = services(d);
            assertEquals(List.of("stod/kvinnojouren", "stod/bris", "stod/akut"), services.stream().map(x -> x.get("id")).toList(),
                    e[0] + ": by order, then title, as the finder lists them");
            // the finder shows the same services, in the same order within each of its groups
            Document finder = Jsoup.parse(s.read(e[0] + "stod/index.html"));
            List<Object> ids = services.stream().map(x -> x.get("id")).toList();
            assertEquals(ids.size(), finder.select("li.service").size());
            for (Element group : finder.select(".finder-group")) {
                List<Integer> at = group.select("li.service").stream().map(li -> ids.indexOf(li.attr("data-key").replace(".md", ""))).toList();
                assertEquals(at.stream().sorted().toList(), at, e[0] + ": " + group.select("li.service").eachAttr("data-key"));
                assertFalse(at.contains(-1), at.toString());
            }
            for (Map<String, Object> service : services) {
                Document p = page(s, e[0], service);
                assertEquals(service.get("name"), p.selectFirst("h1").text(), e[0] + service.get("url"));
                List<Element> calls = p.select(".contact-list a.call");
                assertEquals(calls.stream().map(a -> a.attr("href")).toList(), phones(service).stream().map(x -> x.get("tel")).toList(),
                        e[0] + service.get("url") + ": the numbers the page shows");
                assertEquals(calls.stream().map(a -> a.selectFirst("bdi").text()).toList(), phones(service).stream().map(x -> x.get("number")).toList());
            }
        }
    }

    @Test
    void aTranslationGivesNamesAndLabelsAndTheOriginalGivesNumbersAndAddresses() {
        TestSite s = site("");
        assertTrue(s.build().ok());
        List<Map<String, Object>> sv = services(json(s, "stod.json"));
        List<Map<String, Object>> en = services(json(s, "en/stod.json"));

        Map<String, Object> jouren = en.get(0);
        assertEquals("The women's shelter in Exempelby", jouren.get("name"));
        assertEquals("en", jouren.get("lang"));
        assertEquals(true, jouren.get("translated"));
        assertEquals(List.of(Map.of("number", "0611-34 80 00", "tel", "tel:0611348000", "label", "Shelter line"),
                Map.of("number", "020-11 22 33", "tel", "tel:020112233", "label", "Stödtelefon")), phones(jouren),
                "the original's numbers; the label the translation gives, else the original's");
        assertEquals(List.of("/phones/1/label", "/hours"), jouren.get("untranslated"), "the texts shown in Swedish");
        assertEquals("Vardagar 9–16.", jouren.get("hours"));
        assertEquals("jouren@example.se", jouren.get("email"));
        assertEquals("https://jouren.example.se/chatt", jouren.get("chat"));
        assertEquals(List.of("Exempelby"), jouren.get("areas"));
        assertEquals(List.of("adults", "relatives"), jouren.get("audience"));

        Map<String, Object> bris = en.get(1);
        assertEquals("For children", phones(bris).get(0).get("label"));
        assertEquals(phones(sv.get(1)).get(0).get("number"), phones(bris).get(0).get("number"));
        assertEquals("Round the clock.", bris.get("hours"));
        assertEquals("Gratis.", bris.get("cost"));
        assertEquals(List.of("/cost"), bris.get("untranslated"));
        assertEquals(List.of("national"), bris.get("areas"));
        assertEquals("https://www.bris.se", bris.get("website"));
        assertEquals("För barn & unga <b>.", sv.get(1).get("summary"), "any text, escaped for JSON only");
        assertTrue(s.read("stod.json").contains("\\u003cb\\u003e"), "no < in the file: safe even inside a <script>");

        Map<String, Object> akut = en.get(2);
        assertEquals(false, akut.get("translated"));
        assertEquals("sv", akut.get("lang"), "not translated yet: the original's name, in its language");
        assertEquals("Akut hjälp", akut.get("name"));
        assertFalse(akut.containsKey("untranslated"));
        assertFalse(akut.containsKey("summary") || akut.containsKey("hours") || akut.containsKey("website"), "no key without a value: " + akut);
        assertEquals(List.of(Map.of("number", "112", "tel", "tel:112")), phones(akut));

        for (Map<String, Object> service : sv) {
            assertEquals(true, service.get("translated"));
            assertFalse(service.containsKey("untranslated"));
        }
    }

    @Test
    void withABaseUrlTheAddressesAreAbsoluteAndWithoutOneRelativeToTheFile() {
        TestSite with = site("baseURL: https://kommun.example/stod/\n");
        assertTrue(with.build().ok());
        assertEquals("https://kommun.example/stod/en/stod/bris/", services(json(with, "en/stod.json")).get(1).get("url"));
        assertEquals("https://kommun.example/stod/stod/bris/", services(json(with, "stod.json")).get(1).get("url"));

        TestSite without = site("");
        assertTrue(without.build().ok());
        assertEquals("stod/bris/", services(json(without, "en/stod.json")).get(1).get("url"), "from en/stod.json to en/stod/bris/");
    }

    @Test
    void theDirectoryIsNoPage() throws IOException {
        TestSite s = site("baseURL: https://kommun.example/stod\n");
        assertTrue(s.build().ok());
        assertFalse(s.read("sitemap.xml").contains("stod.json"));
        try (Stream<Path> all = Files.walk(s.out())) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().endsWith(".html") || p.startsWith(s.out().resolve("search"))) {
                    assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains("stod.json"), p + " names stod.json");
                }
            }
        }
    }

    @Test
    void aFileOfTheSameNameInContentIsAnError() {
        TestSite s = site("").write("content/en/stod.json", "{\"services\": []}");
        Build.Result r = s.build();
        assertFalse(r.ok());
        TestSite.assertHas(s.errors(r), "content/en/stod.json:1:1: the build writes the support directory of English at en/stod.json, from the"
                + " support pages: this file would take its place — rename or delete it (the build's en/stod.json always has the support"
                + " pages' numbers)");
    }
}
