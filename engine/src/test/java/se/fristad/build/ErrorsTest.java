package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.fristad.build.TestSite.assertHas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gives {@code path:line:col: message — hint}, all of them in one run, and the last good
 * site stays as it was.
 */
class ErrorsTest {
    @TempDir
    Path tmp;

    private TestSite good() {
        return TestSite.svEn(tmp).page("sv/index.md", "Hem", "Se [stöd](stod/index.md).").page("sv/stod/index.md", "Stöd", "## Ring\nText");
    }


    @Test
    void brokenYamlNamesTheLine() {
        TestSite site = good().write("content/sv/a.md", "---\ntitle: A\nsummary: [unclosed\n---\ntext\n");
        List<String> errors = site.errors(site.build());
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("content/sv/a.md:3:19: broken YAML: expected ',' or ']'"), errors.get(0));
        assertTrue(errors.get(0).contains(" — "), "has a hint");
    }

    @Test
    void frontMatterNeverClosed() {
        TestSite site = good().write("content/sv/a.md", "---\ntitle: A\ntext\n");
        assertHas(site.errors(site.build()), "content/sv/a.md:1:1: front matter starts with --- but is never closed — add a line with --- after the last key: value line");
    }

    @Test
    void jbakeHeaderWithoutSeparator() {
        TestSite site = good().write("content/sv/a.md", "title=A\nstatus=published\n\nText utan avslut.\n");
        assertHas(site.errors(site.build()),
                "content/sv/a.md:1:1: JBake header has no ~~~~~~ line after it — add a line of six tildes (~~~~~~) after the last key=value line, or use --- front matter");
    }

    @Test
    void unknownKeyGetsDidYouMean() {
        TestSite site = good().write("content/sv/a.md", "---\ntitle: A\nsumary: x\nordr: 2\n---\n");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/a.md:3:1: unknown key \"sumary\" — did you mean \"summary\"?");
        assertHas(errors, "content/sv/a.md:4:1: unknown key \"ordr\" — did you mean \"order\"?");
    }

    @Test
    void mistypedTitleKeyAndMissingTitle() {
        TestSite site = good().write("content/sv/stod/bris.md", "---\ntitel: BRIS\n---\n");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/stod/bris.md:2:1: unknown key \"titel\" — did you mean \"title\"?");
        assertHas(errors, "content/sv/stod/bris.md:1:1: missing title — add a line title: Page title to the front matter");
    }

    @Test
    void wrongValuesNameTheValue() {
        TestSite site = good().write("content/sv/a.md", "---\ntitle: A\norder: först\ntype: suport\nreviewed: igår\ndraft: kanske\n---\n");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/a.md:3:8: order must be a whole number, not \"först\" — write order: 3");
        assertHas(errors, "content/sv/a.md:4:7: unknown type \"suport\" — did you mean \"support\"?");
        assertHas(errors, "content/sv/a.md:5:11: reviewed must be a date, not \"igår\" — write reviewed: 2026-11-23 (year-month-day)");
        assertHas(errors, "content/sv/a.md:6:8: draft must be true or false, not \"kanske\" — write draft: true");
    }

    @Test
    void twoFilesOneUrl() {
        TestSite site = good().page("sv/vald.md", "Våld", "x").page("sv/våld.md", "Våld", "y");
        assertHas(site.errors(site.build()),
                "content/sv/våld.md:1:1: two files make the same address /vald/ (the other is vald.md in content/sv/) — rename one of the files or give one a different slug");
    }

    @Test
    void linkToNothingAndAnchorToNothing() {
        TestSite site = good().page("sv/a.md", "A", "Rad ett\n\nSe [BRIS](stod/bris.md) och [stöd](stod/index.md#rng) och [x](/finns/inte/).");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/a.md:6:4: link to nothing: stod/bris.md — no page content/sv/stod/bris.md exists; paths are relative to this file");
        assertHas(errors, "content/sv/a.md:6:29: no heading #rng on /stod/ — did you mean #ring?");
        assertEquals(3, errors.size(), "the English fallback of a.md does not repeat them: " + errors);
        assertHas(errors, "content/sv/a.md:6:59: link to nothing: /finns/inte/ — check the address; links to pages are written as relative paths to their .md files");
    }

    @Test
    void misspelledPageLinkSuggestsTheFile() {
        TestSite site = good().page("sv/stod/bris.md", "BRIS", "x").page("sv/a.md", "A", "[x](stod/brs.md)");
        assertHas(site.errors(site.build()), "content/sv/a.md:4:1: link to nothing: stod/brs.md — did you mean content/sv/stod/bris.md? Paths are relative to this file");
    }

    @Test
    void sameFileAnchorChecked() {
        TestSite site = good().page("sv/a.md", "A", "## Första\n[upp](#forsta) [fel](#andra)");
        assertEquals(List.of("content/sv/a.md:5:16: no heading #andra on /a/ — its headings are: #forsta"), site.errors(site.build()));
    }

    @Test
    void translationFolderForUnknownLanguage() {
        TestSite site = good().page("de/index.md", "Startseite", "x");
        assertHas(site.errors(site.build()),
                "content/de/index.md:1:1: folder content/de/ is for a language that is not in site.yml — add de to languages in site.yml, or move the file to content/sv/");
    }

    @Test
    void fileThatIsNotUtf8() {
        byte[] latin1 = "---\ntitle: Stöd\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        TestSite site = good().bytes("content/sv/latin1.md", latin1);
        assertHas(site.errors(site.build()),
                "content/sv/latin1.md:2:10: file is not UTF-8 (byte 0xF6) — save it as UTF-8 in your editor (often \"Save with encoding\" → UTF-8)");
    }

    @Test
    void templateErrorNamesTemplateAndLine() {
        TestSite site = good().write("templates/page.ftlh", "<html>\n<body>\n${page.nosuchthing}\n</body></html>\n");
        List<String> errors = site.errors(site.build());
        assertEquals(1, errors.size(), "reported once, not once per page: " + errors);
        assertTrue(errors.get(0).startsWith("templates/page.ftlh:3:3: template error: "), errors.get(0));
        assertTrue(errors.get(0).contains("nosuchthing"), errors.get(0));
    }

    @Test
    void templateSyntaxErrorNamesTemplateAndLine() {
        TestSite site = good().write("templates/page.ftlh", "<html>\n<#if page.title>\n</html>\n");
        List<String> errors = site.errors(site.build());
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).matches("templates/page\\.ftlh:\\d+:\\d+: template error: .+ — fix the Freemarker syntax at this line"), errors.get(0));
    }

    @Test
    void siteYmlMistakes() {
        TestSite site = new TestSite(tmp, "titel: X\nlanguages: [sv, xx]\n").page("sv/index.md", "Hem", "x");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "site.yml:1:1: unknown key \"titel\" in site.yml — did you mean \"title\"?");
        assertHas(errors, "site.yml:2:17: unknown language code \"xx\" has no name — write {code: xx, name: <the language's own name>, dir: ltr}");
        assertHas(errors, "site.yml:1:1: site.yml has no title — add a line: title: Name of the site");
    }

    @Test
    void everyErrorOfTheRunIsReportedTogether() {
        TestSite site = good()
                .write("content/sv/a.md", "---\ntitel: A\n---\n")
                .write("content/sv/b.md", "title=B\n")
                .page("sv/c.md", "C", "[x](saknas.md)")
                .page("de/index.md", "D", "x");
        assertEquals(5, site.errors(site.build()).size(), () -> String.join("\n", site.errors(site.build())));
    }

    @Test
    void theSameErrorsOnEveryRun() {
        // files load in parallel; one file's errors must never make another file look broken
        TestSite site = good()
                .write("content/sv/a.md", "---\ntitel: A\n---\n")
                .write("content/sv/b.md", "title=B\n")
                .page("sv/c.md", "C", "[x](saknas.md)")
                .page("de/index.md", "D", "x");
        List<String> first = site.errors(new Build(site.dir, false).check());
        for (int i = 0; i < 60; i++) {
            assertEquals(first, site.errors(new Build(site.dir, false).check()), "run " + i);
        }
    }

    @Test
    void failedBuildLeavesTheLastGoodSiteByteIdentical() throws IOException {
        TestSite site = good();
        assertTrue(site.build().ok());
        Map<String, byte[]> before = snapshot(site.out());
        site.page("sv/stod/index.md", "Stöd ändrad", "[trasig](nej.md)");
        assertFalse(site.build().ok());
        Map<String, byte[]> after = snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) {
            assertTrue(java.util.Arrays.equals(before.get(k), after.get(k)), k + " unchanged");
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out")).toList(), "no staging folder left behind");
        }
    }

    @Test
    void successfulBuildReplacesTheSiteAndRemovesStalePages() throws IOException {
        TestSite site = good().page("sv/gammal.md", "Gammal", "x");
        assertTrue(site.build().ok());
        assertTrue(Files.exists(site.out().resolve("gammal/index.html")));
        Files.delete(site.dir.resolve("content/sv/gammal.md"));
        assertTrue(site.build().ok());
        assertFalse(Files.exists(site.out().resolve("gammal")));
    }

    @Test
    void checkWritesNothing() {
        TestSite site = good();
        assertTrue(new Build(site.dir, false).check().ok());
        assertFalse(Files.exists(site.out()));
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
