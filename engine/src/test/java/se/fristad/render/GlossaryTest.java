package se.fristad.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.build.Build;
import se.fristad.build.TestSite;

/** The first mention of a defined term links to its definition, inflected or not; headings, links and opted-out pages are left alone. */
class GlossaryTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = new TestSite(dir, "title: T\nlanguages: [sv, en]\n")
                .page("sv/index.md", "Start", "Hem.")
                .page("sv/former/heder.md", "Hedersrelaterat våld och förtryck",
                        "Hedersrelaterat våld och förtryck handlar om kontroll.", "type: definition",
                        "term: hedersrelaterat våld", "aliases: [hedersvåld]")
                .page("sv/former/psykiskt.md", "Psykiskt våld", "Hot och kränkningar.", "type: definition")
                .page("sv/artikel.md", "Artikel",
                        "## Om hedersrelaterat våld\n\nDet hedersrelaterade våldet drabbar många. Hedersrelaterat våld nämns igen.\n\n"
                                + "Se [en länk om hedersvåld](former/psykiskt.md). Psykiskt våld är också våld.\n\n`psykiskt våld` i kod.")
                .page("sv/utan.md", "Utan länkar", "Psykiskt våld nämns här.", "glossary: false")
                .page("sv/former/risk.md", "Riskbedömning", "Frågor om risk.", "type: definition",
                        "term: hot- och riskbedömning")
                .page("sv/mellanrum.md", "Mellanrum", "Det psykiska och våldet nämns. En hot- och riskbedömning görs.")
                .page("en/former/psykiskt.md", "Psychological violence", "Threats.", "type: definition", "translation: machine");
        Build.Result r = site.build();
        assertTrue(r.ok(), r.problems().toString());
    }

    private static Document page(String rel) {
        return Jsoup.parse(site.read(rel));
    }

    @Test
    void theFirstMentionLinksEvenWhenInflected() {
        Elements terms = page("artikel/index.html").select("article a.term");
        assertEquals(2, terms.size(), terms.toString());
        assertEquals("hedersrelaterade våldet", terms.get(0).text(), "the inflected first mention in the text, not the heading");
        assertEquals("../former/heder/", terms.get(0).attr("href"));
        assertEquals("Psykiskt våld", terms.get(1).text());
        assertEquals("../former/psykiskt/", terms.get(1).attr("href"));
    }

    /**
     * The analysis drops stop words ("och"), so "psykiska och våldet" reads as the words of "psykiskt våld"; a term's
     * words must follow each other as they do in the term (Persian "ارزیابی کند که خطر" was linked as "ارزیابی خطر").
     */
    @Test
    void aTermsWordsMustStandTogetherInTheText() {
        Elements terms = page("mellanrum/index.html").select("article a.term");
        assertEquals(1, terms.size(), terms.toString());
        assertEquals("hot- och riskbedömning", terms.get(0).text(), "a stop word inside the term itself still matches");
    }

    @Test
    void headingsLinksAndCodeAreLeftAlone() {
        Document d = page("artikel/index.html");
        assertTrue(d.select("h2 a.term").isEmpty(), "no term links in headings");
        assertTrue(d.select("a a").isEmpty(), "no link inside a link");
        assertTrue(d.select("code a").isEmpty(), "no link inside code");
    }

    @Test
    void aDefinitionIsNotLinkedToItselfAndPagesCanOptOut() {
        assertTrue(page("former/heder/index.html").select("article a.term").isEmpty());
        assertTrue(page("utan/index.html").select("article a.term").isEmpty(), "glossary: false");
    }

    @Test
    void aFallbackLinksToTheDefinitionInItsOwnEdition() {
        Elements terms = page("en/artikel/index.html").select("article a.term");
        assertTrue(terms.stream().anyMatch(a -> a.attr("href").equals("../former/psykiskt/")), terms.toString());
    }

    @Test
    void wordsMatchTheirLongerFormsOnly() {
        assertTrue(Glossary.sameWord("våldet", "våld"));
        assertTrue(Glossary.sameWord("våld", "våld"));
        assertTrue(!Glossary.sameWord("våldsam", "våld"), "three more letters is another word");
        assertTrue(!Glossary.sameWord("barn", "bar"), "short terms match only themselves");
    }

    /**
     * Looking terms up by their first word (a few look-ups a word) links exactly what trying every term at every word
     * did, on every page of the default site in every edition: the same words, to the same pages.
     */
    @Test
    void theIndexLinksExactlyWhatTryingEveryTermDidOnTheDefaultSite() {
        Path root = Path.of(System.getProperty("fristad.root", ".")).toAbsolutePath().normalize();
        se.fristad.model.Site defaultSite = new Build(root, false).check().site();
        Glossary indexed = new Glossary(defaultSite, true);
        Glossary scanning = new Glossary(defaultSite, false);
        // every term of each edition with endings the stemmer may not remove, so the "at most two letters longer" rule is used
        java.util.Map<String, StringBuilder> inflected = new java.util.HashMap<>();
        for (se.fristad.model.Page p : defaultSite.pages()) {
            if (p.source() != null && p.source().front().data() instanceof se.fristad.load.Definition d) {
                List<String> forms = new java.util.ArrayList<>(d.aliases());
                forms.add(d.term() == null || d.term().isBlank() ? p.title() : d.term());
                StringBuilder b = inflected.computeIfAbsent(p.lang().code(), k -> new StringBuilder());
                for (String f : forms) {
                    b.append(" Om ").append(f.replaceAll("(\\p{L}+)", "$1a")).append(" och ").append(f.replaceAll("(\\p{L}+)$", "$1ss")).append('.');
                }
            }
        }
        int pages = 0;
        int links = 0;
        for (se.fristad.model.Page p : defaultSite.pages()) {
            if (p.source() == null) {
                continue;
            }
            // the page's own text, paragraph by paragraph, as the renderer hands it over, then its edition's terms inflected
            StringBuilder html = new StringBuilder();
            for (String para : p.source().body().split("\n\\s*\n")) {
                html.append("<p>").append(org.jsoup.nodes.Entities.escape(para)).append("</p>");
            }
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(inflected.getOrDefault(p.contentLang(), new StringBuilder()).toString())).append("</p>");
            String expected = scanning.link(p, html.toString());
            assertEquals(expected, indexed.link(p, html.toString()), p.url());
            pages++;
            links += Jsoup.parseBodyFragment(expected).select("a.term").size();
        }
        assertTrue(pages > 500 && links > 500, pages + " pages, " + links + " links: the comparison covers real linking");
    }
}
