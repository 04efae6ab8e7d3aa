package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.fristad.build.TestSite.assertHas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.problem.Problem;

/**
 * A phone number or an address has one source, the service's support page, on a user's site: translations take them
 * from the original and may not write others, and no page may write a number that no support page lists — so an
 * editor who changes a number is told of every page that still writes the old one, and nothing is published until
 * they agree.
 */
class SafetyFactsTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return new TestSite(tmp, "title: Kalmar\nlanguages: [sv, en, ar]\nmunicipalities: [Kalmar]\n")
                .page("sv/index.md", "Hem", "Är du i fara? Ring {{tel 112}}.")
                .page("sv/stod/112.md", "112", "Ring när det är akut.", "type: support", "phones: [\"112\"]", "area: national")
                .page("sv/stod/kvinnofridslinjen.md", "Kvinnofridslinjen", "## Ring när du vill prata\n\nDu kan ringa [020-50 50 50](tel:020505050) dygnet runt.",
                        "type: support", "phones:", "  - number: 020-50 50 50", "    label: Stödtelefon", "email: info@kvinnofridslinjen.se",
                        "area: national")
                .page("sv/for-anhoriga.md", "För anhöriga", "Ring Kvinnofridslinjen, 020-50 50 50, eller {{tel kvinnofridslinjen}}.")
                .page("en/stod/kvinnofridslinjen.md", "Kvinnofridslinjen", "## Call when you want to talk\n\nYou can call [020-50 50 50](tel:020505050) day and night.",
                        "type: support", "translation: machine", "phones:", "  - number: 020-50 50 50", "    label: Helpline")
                .page("ar/stod/kvinnofridslinjen.md", "Kvinnofridslinjen", "## اتصل\n\nاتصل بالرقم {{tel kvinnofridslinjen}}.",
                        "type: support", "translation: machine", "phones:", "  - label: خط الدعم");
    }

    private List<String> errors(TestSite s) {
        return s.errors(new Build(s.dir, false).check());
    }

    @Test
    void aSiteWhoseNumbersAgreeBuildsAndEveryEditionShowsTheOriginalsNumber() {
        TestSite s = site();
        Build.Result r = s.build();
        assertEquals(List.of(), s.errors(r));
        Document ar = Jsoup.parse(s.read("ar/stod/kvinnofridslinjen/index.html"));
        assertEquals("tel:020505050", ar.selectFirst("main .contact-list a[href^=tel:]").attr("href"));
        assertTrue(ar.selectFirst("main .contact-list").text().contains("خط الدعم"), "the edition's own label");
        assertEquals("020-50 50 50", ar.selectFirst("main article a.tel").text(), "{{tel}} writes the support page's number");
        assertEquals("tel:020505050", ar.selectFirst("main article a.tel").attr("href"));
        assertEquals("ltr", ar.selectFirst("main article a.tel").attr("dir"), "020-50 50 50 reads left to right in Arabic text too");
        Document home = Jsoup.parse(s.read("index.html"));
        assertEquals("tel:112", home.selectFirst("main a.tel").attr("href"));
    }

    @Test
    void anEditorChangesANumberAndEveryPageThatStillWritesTheOldOneIsNamed() throws Exception {
        TestSite s = site();
        Path original = tmp.resolve("content/sv/stod/kvinnofridslinjen.md");
        Files.writeString(original, Files.readString(original).replace("020-50 50 50", "020-50 50 51").replace("020505050", "020505051"));
        List<String> errors = errors(s);
        // the translation's front matter and body, each naming the original's file, line and new number
        assertHas(errors, "content/en/stod/kvinnofridslinjen.md:6:13: 020-50 50 50 is not a number of the original"
                + " (content/sv/stod/kvinnofridslinjen.md:5:13 has 020-50 50 51) — delete the line: a translation takes numbers and"
                + " addresses from the original (give only label: for each phone)");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/en/stod/kvinnofridslinjen.md:11:15: 020-50 50 50 is not a number")
                && e.contains("is not a number of the original (content/sv/stod/kvinnofridslinjen.md:12:15 has 020-50 50 51)")), String.join("\n", errors));
        // another page writing the old number: named, with the number the support page now gives
        assertHas(errors, "content/sv/for-anhoriga.md:4:25: 020-50 50 50 is not the number of any support page (an old number,"
                + " or a service without a page?) — content/sv/stod/kvinnofridslinjen.md gives 020-50 50 51: write"
                + " {{tel kvinnofridslinjen}} so the text follows that page");
        // the Arabic page gives labels only and names the number: it follows, nothing to report
        assertFalse(errors.stream().anyMatch(e -> e.startsWith("content/ar/")), String.join("\n", errors));
        // nothing is published while they disagree
        assertFalse(s.build().ok());
        assertFalse(Files.exists(s.out()));
    }

    /** In the preview, a saved text is checked again: a stale number shows at once, and goes when it is fixed. */
    @Test
    void thePreviewChecksTheFactsOfASavedText() throws Exception {
        TestSite s = site();
        Build build = new Build(s.dir, false);
        assertTrue(build.build(s.out()).ok());
        Path page = tmp.resolve("content/sv/for-anhoriga.md");
        String text = Files.readString(page);
        Files.writeString(page, text.replace("020-50 50 50", "020-50 50 49"));
        Build.Result stale = build.update(s.out(), page);
        build.awaitSearch(); // the preview's search index is brought up to date in the background
        assertTrue(stale.problems().stream().anyMatch(p -> p.isError() && p.message().startsWith("020-50 50 49 is not the number")),
                stale.problems().toString());
        Files.writeString(page, text);
        Build.Result fixed = build.update(s.out(), page);
        build.awaitSearch();
        assertTrue(fixed.problems().stream().noneMatch(Problem::isError), fixed.problems().toString());
    }

    @Test
    void aTranslationMayNotAddANumberOrAnAddressAndIsWarnedWhenItDropsOne() {
        TestSite s = site()
                .page("en/stod/kvinnofridslinjen.md", "Kvinnofridslinjen", "## Call\n\nWrite to [us](mailto:hjalp@example.org), or call 116 006.",
                        "type: support", "translation: machine", "email: other@example.org");
        List<String> errors = errors(s);
        assertHas(errors, "content/en/stod/kvinnofridslinjen.md:5:8: other@example.org is not an address of the original"
                + " (content/sv/stod/kvinnofridslinjen.md:7:8 has info@kvinnofridslinjen.se) — delete the line: a translation takes"
                + " numbers and addresses from the original (give only label: for each phone)");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("content/en/stod/kvinnofridslinjen.md:9:15: mailto:hjalp@example.org is not an address of the original")),
                String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.equals("content/en/stod/kvinnofridslinjen.md:9:50: 116 006 is not a number of the original (content/sv/stod/kvinnofridslinjen.md:12:15"
                        + " has 020-50 50 50) — give the original's number here, or take this one out ({{tel …}} names a support page's number and follows it)")),
                String.join("\n", errors));
        List<Problem> warnings = new Build(s.dir, false).check().problems().stream().filter(p -> !p.isError()).toList();
        assertTrue(warnings.stream().map(p -> p.format(tmp)).anyMatch(w -> w.equals("content/en/stod/kvinnofridslinjen.md:1:1: warning:"
                + " the translation does not give 020-50 50 50, which the original gives at content/sv/stod/kvinnofridslinjen.md:12:15"
                + " — translate the sentence with the number, or write {{tel …}} where it belongs")), warnings.toString());
    }

    @Test
    void aNumberNoSupportPageListsIsAnErrorAndAnUnknownTelNameGetsASuggestion() {
        TestSite s = site().page("sv/om.md", "Om", "Ring växeln på 0480-45 00 00 eller {{tel kvinofridslinjen}}.");
        List<String> errors = errors(s);
        assertHas(errors, "content/sv/om.md:4:16: 0480-45 00 00 is not the number of any support page (an old number, or a service"
                + " without a page?) — make a support page (type: support) with this number under phones:, and write {{tel its-file-name}} here");
        assertHas(errors, "content/sv/om.md:4:36: {{tel kvinofridslinjen}}: no support page is called kvinofridslinjen — did you mean"
                + " {{tel kvinnofridslinjen}}?");
    }

    @Test
    void yearsDatesTimesAmountsAndHouseNumbersAreNoPhoneNumbers() {
        TestSite s = site().page("sv/om.md", "Om 1177", "Planen 2024–2027 antogs 2024-02-12 (SFS 2018:1937). Öppet 08.00–16.30,"
                + " åtgärd 1:12, sidan 1177, Storgatan 112, 35 åtgärder, 3 112 personer, 112 000 kronor, www.example.se/112."
                + " Ring [växeln](tel:0480450001).");
        List<String> errors = errors(s);
        // a bare short number may be a page or house number: no error; a tel: link is a number to call, always checked
        assertEquals(List.of("content/sv/om.md:4:191: tel:0480450001 is not the number of any support page (an old number, or a"
                + " service without a page?) — make a support page (type: support) with this number under phones:, and write"
                + " {{tel its-file-name}} here"), errors.stream().filter(e -> e.startsWith("content/sv/om.md")).toList());
    }
}
