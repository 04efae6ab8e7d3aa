package se.fristad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.build.Build;
import se.fristad.build.TestSite;
import se.fristad.check.Readability.Lix;
import se.fristad.problem.Problem;

/** LIX = words / sentences + 100 × long words (more than six letters) / words, on the text a reader sees. */
class ReadabilityTest {
    @TempDir
    Path tmp;

    @Test
    void shortWordsInShortSentences() {
        Lix lix = Readability.of("Jag heter Anna. Jag bor i Umeå.");
        assertEquals(new Lix(7, 2, 0), lix);
        assertEquals(3.5, lix.value(), 1e-9);
        assertEquals(4, lix.rounded());
    }

    @Test
    void wordsOfMoreThanSixLettersAreLong() {
        // Kvinnofridslinjen, Samtalet and ingenting are long; svarar, dygnet and kostar have exactly six letters
        Lix lix = Readability.of("Kvinnofridslinjen svarar dygnet runt. Samtalet kostar ingenting.");
        assertEquals(new Lix(7, 2, 3), lix);
        assertEquals(3.5 + 300.0 / 7, lix.value(), 1e-9);
        assertEquals(46, lix.rounded());
    }

    @Test
    void exactlyThirty() {
        // 20 words, 2 sentences, 4 long words: 20/2 + 100 × 4/20 = 10 + 20
        Lix lix = Readability.of("Telefonen ringer ofta på natten hos oss i huset nu. "
                + "Kvinnofridslinjen svarar alltid och samtalet kostar ingenting för dig alls.");
        assertEquals(new Lix(20, 2, 4), lix);
        assertEquals(30.0, lix.value(), 1e-9);
    }

    @Test
    void markdownSyntaxLinkAddressesImagesAndCodeAreNotCounted() {
        String md = """
                ## Ring 112

                - **BRIS**: ring [116 111](tel:116111).
                - Polisen

                ![En telefon som ringer länge](telefon.png)

                ```
                kod som aldrig räknas alls
                ```

                <div>inbäddad html räknas inte</div>
                """;
        // "Ring 112" (a heading ends a sentence) · "BRIS: ring 116 111." (: and . end one each) · "Polisen" (7 letters: long)
        assertEquals(new Lix(7, 4, 1), Readability.of(md));
    }

    @Test
    void numbersAreWordsAndAPointInsideANumberEndsNoSentence() {
        assertEquals(new Lix(5, 1, 0), Readability.of("Ring 020-50 50 50 nu."));
        assertEquals(new Lix(3, 1, 0), Readability.of("Vi öppnar 8.30"), "8.30 is one word; the paragraph ends the sentence");
        assertEquals(new Lix(0, 0, 0), Readability.of(""));
        assertEquals(0.0, Readability.of("").value());
    }

    @Test
    void checkWarnsAboutEasyReadPagesAboveThirtyAndPrintsEveryPage() {
        TestSite site = new TestSite(tmp, "title: T\nlanguages: [sv, {code: lattlast, name: Lättläst, lang: sv, easyRead: true}]\n"
                + "baseURL: https://stod.kommun.example\n")
                .page("sv/index.md", "Hem", "Kvinnofridslinjen svarar dygnet runt. Samtalet kostar ingenting.")
                .page("lattlast/index.md", "Start", "Jag heter Anna. Jag bor i Umeå.")
                .page("lattlast/svar.md", "Svårt", "Kvinnofridslinjen svarar dygnet runt. Samtalet kostar ingenting.");
        Build.Result r = new Build(site.dir, false).check();
        List<String> warnings = r.problems().stream().filter(p -> !p.isError()).map(p -> p.format(site.dir)).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("content/lattlast/svar.md:1:1: warning: LIX 46 is above 30 — easy-to-read text needs short sentences"),
                warnings.get(0));
        assertTrue(r.problems().stream().noneMatch(Problem::isError));
        String table = Readability.table(r.site());
        assertTrue(table.contains("lattlast/index.md  LIX  4  (7 words, 2 sentences, 0 long words)\n"), table);
        assertTrue(table.contains("lattlast/svar.md   LIX 46  (7 words, 2 sentences, 3 long words)  above 30\n"), table);
        assertFalse(table.contains("sv/"), "ordinary pages get no LIX: " + table);
    }

    @Test
    void noTableWithoutAnEasyReadEdition() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "Kvinnofridslinjen svarar dygnet runt.");
        Build.Result r = new Build(site.dir, false).check();
        assertEquals("", Readability.table(r.site()));
        assertTrue(r.problems().stream().noneMatch(p -> p.message().startsWith("LIX")));
    }
}
