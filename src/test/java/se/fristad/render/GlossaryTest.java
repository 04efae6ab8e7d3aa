package se.fristad.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

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
}
