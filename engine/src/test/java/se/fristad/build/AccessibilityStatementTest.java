package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.config.SiteConfig;
import se.fristad.config.SiteConfigLoader;
import se.fristad.problem.Problems;

/**
 * The accessibility statement written from site.yml's facts in each edition's language, with what DOS-lagen and
 * DIGG's regulations require; and the facts checked with file:line:col messages.
 */
class AccessibilityStatementTest {
    private static final String FACTS = """
            accessibility:
              organisation: Exempelkommunen
              contact: tillganglighet@example.org
              compliance: partial
              shortcomings:
                - problem:
                    sv: Filmerna saknar textning.
                    en: The films have no captions.
                  alternative: Ring oss så berättar vi vad filmerna säger.
                - problem: Kartan går inte att använda med tangentbord.
                  category: exempt
              assessedBy: self
              assessedOn: 2026-03-12
              method: Vi testade med axe-core och tangentbord.
              statementDate: 2026-03-14
              updated: 2026-04-01
            """;

    @TempDir
    Path tmp;

    private TestSite site(String facts) {
        return new TestSite(tmp, "title: Testsajt\nlanguages: [sv, en]\n" + facts)
                .page("sv/index.md", "Hem", "Välkommen.")
                .page("sv/om/tillganglighet.md", "Tillgänglighetsredogörelse", "Inledning.")
                .page("en/om/tillganglighet.md", "Accessibility statement", "", "translation: machine");
    }

    private Document page(TestSite site, String path) {
        return Jsoup.parse(site.read(path));
    }

    @Test
    void theStatementSaysWhatTheLawRequiresInSwedish() {
        TestSite site = site(FACTS.replace("accessibility:\n", "accessibility:\n  page: om/tillganglighet.md\n"));
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        Document d = page(site, "om/tillganglighet/index.html");
        String text = d.selectFirst("article").text();
        assertTrue(text.startsWith("Tillgänglighetsredogörelse Inledning. Exempelkommunen står bakom webbplatsen Testsajt."), text);
        assertTrue(text.contains("Webbplatsen omfattas av lagen (2018:1937) om tillgänglighet till digital offentlig service."), text);
        assertTrue(text.contains("Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service"), text);
        assertEquals(List.of("Hur tillgänglig är webbplatsen?", "Innehåll som inte är tillgängligt",
                        "Vad kan du göra om du inte kan använda delar av webbplatsen?", "Rapportera brister i webbplatsens tillgänglighet",
                        "Tillsyn", "Hur vi har testat webbplatsen"),
                d.select("article h2").stream().map(h -> h.ownText().strip()).toList());
        assertEquals(List.of("Bristande förenlighet med lagkraven", "Innehåll som inte omfattas av lagen"), d.select("article h3").eachText());
        assertEquals(List.of("Filmerna saknar textning. Så kan du ta del av innehållet på annat sätt: Ring oss så berättar vi vad filmerna säger.",
                "Kartan går inte att använda med tangentbord."), d.select("ul.shortcomings li").eachText());
        assertEquals("mailto:tillganglighet@example.org", d.selectFirst("article a[href^=mailto:]").attr("href"));
        Element digg = d.selectFirst("article a[href=https://www.digg.se/tdosanmalan]");
        assertNotNull(digg, "DIGG's complaint service is linked");
        assertEquals("Anmäl bristande tillgänglighet till Digg", digg.text());
        assertEquals("noreferrer noopener", digg.attr("rel"));
        assertTrue(text.contains("Vi har själva granskat webbplatsen (självskattning). Vi testade med axe-core och tangentbord."), text);
        assertEquals(List.of("2026-03-12", "2026-03-14", "2026-04-01"), d.select("article time").eachAttr("datetime"));
        assertTrue(text.contains("Den senaste bedömningen gjordes den 12 mars 2026."), text);
        assertTrue(text.contains("Redogörelsen upprättades den 14 mars 2026. Den uppdaterades senast den 1 april 2026."), text);
    }

    @Test
    void everyEditionGetsItInItsOwnLanguageWithUntranslatedFactsMarked() {
        TestSite site = site(FACTS.replace("accessibility:\n", "accessibility:\n  page: om/tillganglighet.md\n"));
        assertTrue(site.build().ok());
        Document d = page(site, "en/om/tillganglighet/index.html");
        String text = d.selectFirst("article").text();
        assertTrue(text.contains("The website is partially compliant with the Act on accessibility to digital public services"), text);
        assertTrue(text.contains("The latest assessment was made on March 12, 2026."), text);
        List<Element> items = d.select("ul.shortcomings li");
        assertTrue(items.get(0).text().startsWith("The films have no captions."), "translated where site.yml translates it");
        Element swedish = items.get(1).selectFirst("span[lang=sv]");
        assertNotNull(swedish, "a fact given only in Swedish is marked as Swedish: " + items.get(1));
        assertEquals("Kartan går inte att använda med tangentbord.", swedish.text());
        assertEquals("Report inaccessibility to Digg (in Swedish)", d.selectFirst("a[href=https://www.digg.se/tdosanmalan]").text());
    }

    @Test
    void everyPageLinksToTheStatementFromItsFooter() {
        TestSite site = site(FACTS.replace("accessibility:\n", "accessibility:\n  page: om/tillganglighet.md\n"));
        assertTrue(site.build().ok());
        assertEquals("om/tillganglighet/", page(site, "index.html").selectFirst("footer a").attr("href"));
        assertEquals("Tillgänglighetsredogörelse", page(site, "index.html").selectFirst("footer a").text());
        assertEquals("./", page(site, "om/tillganglighet/index.html").selectFirst("footer a").attr("href"));
        assertEquals("om/tillganglighet/", page(site, "en/index.html").selectFirst("footer a").attr("href"), "to the English statement");
        assertEquals("Accessibility statement", page(site, "en/index.html").selectFirst("footer a").text());
    }

    @Test
    void aFormAndFullComplianceWithoutShortcomings() {
        TestSite site = site("""
                accessibility:
                  page: om/tillganglighet.md
                  organisation: Exempelkommunen
                  contact: https://example.org/tillganglighet/formular
                  compliance: full
                  assessedBy: Granskningsbyrån AB
                  assessedOn: 2026-03-12
                  statementDate: 2026-03-14
                """);
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        Document d = page(site, "om/tillganglighet/index.html");
        String text = d.selectFirst("article").text();
        assertTrue(text.contains("Webbplatsen är helt förenlig med lagen"), text);
        assertTrue(text.contains("Vi känner inte till några brister i webbplatsens tillgänglighet."), text);
        assertTrue(text.contains("Webbplatsen har granskats av Granskningsbyrån AB."), text);
        assertTrue(text.contains("Den uppdaterades senast den 14 mars 2026."), "not updated since it was made: " + text);
        Element form = d.selectFirst("article a[href=https://example.org/tillganglighet/formular]");
        assertEquals("Formulär för att meddela brister i tillgängligheten", form.text());
    }

    @Test
    void noBlockNoStatementAndNoFooterLink() {
        TestSite site = site("");
        assertTrue(site.build().ok());
        assertTrue(page(site, "index.html").select("footer a").isEmpty());
        assertTrue(page(site, "om/tillganglighet/index.html").select(".statement").isEmpty());
    }

    @Test
    void everyMistakeInTheFactsIsReportedWithItsLine() {
        TestSite site = site("""
                accessibility:
                  page: om/tillganglighet
                  organisaton: Exempelkommunen
                  contact: ring oss
                  compliance: delvis
                  shortcomings:
                    - problem: {sv: Text, de: Text}
                    - alternative: Ingen brist angiven
                    - problem: {en: Only English}
                    - problem: Något
                      category: annat
                  assessedBy: self
                  assessedOn: 12 mars 2026
                  statementDate: 2026-03-14
                  updated: 2026-03-01
                """);
        Build.Result r = site.build();
        assertEquals(List.of(
                "site.yml:3:1: accessibility has no organisation — add organisation: Name of the municipality (who publishes the site)",
                "site.yml:4:9: page must name a Markdown file below content/<language>/, not \"om/tillganglighet\" — write page: om/tillganglighet.md",
                "site.yml:5:3: unknown key \"organisaton\" in accessibility — did you mean \"organisation\"?",
                "site.yml:6:12: contact must be an e-mail address or the https address of a form, not \"ring oss\" — write contact: tillganglighet@kommun.se, or contact: https://kommun.se/tillganglighet/formular",
                "site.yml:7:15: compliance must be full, partial or none, not \"delvis\" — full: meets every requirement; partial: meets most (list the rest under shortcomings); none: meets few",
                "site.yml:9:27: \"de\" in problem is not a language of the site — allowed: sv, en",
                "site.yml:10:7: a shortcoming needs problem: — write - problem: what is not accessible, and why",
                "site.yml:11:16: problem has no text in sv, the source language — add sv: … (editions without their own text show it)",
                "site.yml:13:17: category must be noncompliance, burden or exempt, not \"annat\" — noncompliance: does not meet the requirements;"
                        + " burden: adapting it would be an unreasonable burden (12 §); exempt: content the law does not cover (9 §)",
                "site.yml:15:15: assessedOn must be a date, not \"12 mars 2026\" — write assessedOn: 2026-11-23 (year-month-day)",
                "site.yml:17:12: updated 2026-03-01 is before statementDate 2026-03-14 — updated is when the statement was last reviewed: the same day or later"),
                site.errors(r));
    }

    @Test
    void theStatementsPageMustExist() {
        TestSite site = site(FACTS);
        Build.Result r = site.build();
        assertEquals(List.of("site.yml:3:1: the accessibility statement's page om-webbplatsen/tillganglighet.md does not exist — create"
                        + " content/sv/om-webbplatsen/tillganglighet.md with a title (the statement is written below its text), or name another"
                        + " page with page: in the accessibility block"), site.errors(r));
    }

    @Test
    void partialComplianceNeedsTheShortcomingsListed() {
        TestSite site = site("""
                accessibility:
                  page: om/tillganglighet.md
                  organisation: Exempelkommunen
                  contact: a@example.org
                  compliance: partial
                  assessedBy: self
                  assessedOn: 2026-03-12
                  statementDate: 2026-03-14
                """);
        assertEquals(List.of("site.yml:3:1: compliance is partial but no shortcoming says what does not meet the requirements"
                + " — list them under shortcomings: - problem: what does not work, and why"), site.errors(site.build()));
    }

    @Test
    void theDefaultSiteHasAStatementInEveryLanguage() {
        Problems problems = new Problems();
        SiteConfig config = SiteConfigLoader.load(Paths.get("."), problems).orElseThrow(() -> new AssertionError(problems.sorted()));
        assertNotNull(config.accessibility(), "the repository's site.yml has an accessibility block");
        Path out = tmp.resolve("site");
        Build.Result r = new Build(Paths.get("."), false).build(out);
        assertTrue(r.ok(), () -> r.problems().toString());
        for (var lang : config.languages()) {
            String prefix = lang.equals(config.source()) ? "" : lang.code() + "/";
            Document d;
            try {
                d = Jsoup.parse(out.resolve(prefix + "om-webbplatsen/tillganglighet/index.html").toFile());
            } catch (java.io.IOException e) {
                throw new AssertionError("no statement page in " + lang.code(), e);
            }
            assertEquals(lang.lang(), d.selectFirst("html").attr("lang"));
            assertNotNull(d.selectFirst(".statement a[href=https://www.digg.se/tdosanmalan]"), lang.code());
            assertEquals(6, d.select(".statement h2").size(), lang.code());
            assertTrue(d.selectFirst(".statement").text().contains("Fristad (exempelwebbplats)"), lang.code());
        }
    }
}
