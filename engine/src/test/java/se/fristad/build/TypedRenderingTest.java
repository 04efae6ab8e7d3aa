package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Support, definition and plan pages and the finder, actions, plans and glossary layouts, as a reader gets them. */
class TypedRenderingTest {
    @TempDir
    Path tmp;
    TestSite site;

    @BeforeEach
    void build() {
        site = TypedFixture.write(tmp);
        assertEquals(List.of(), site.errors(site.build()));
    }

    private Document html(String rel) {
        return Jsoup.parse(site.read(rel));
    }

    @Test
    void supportPageShowsEveryField() {
        Document d = html("hjalp-och-stod/kvinnofridslinjen/index.html");
        Element call = d.selectFirst("main a.call");
        assertEquals("tel:020505050", call.attr("href"));
        assertEquals("Ring 020-50 50 50", call.text());
        assertEquals("Stödtelefon: Ring 020-50 50 50", call.parent().text());
        assertEquals(1, call.parent().select("svg.icon-call[aria-hidden=true]").size(), "a call pictogram beside the number");
        Element web = d.selectFirst("main a[href=https://www.kvinnofridslinjen.se]");
        assertEquals("noreferrer noopener", web.attr("rel"));
        assertEquals("kvinnofridslinjen.se", web.text());
        assertEquals(List.of("Öppet", "För", "Kostnad", "Anonymitet", "Språk", "Var"), d.select("dl.facts dt").eachText());
        assertEquals(List.of("Dygnet runt, alla dagar.", "Vuxna, Anhöriga", "Det kostar ingenting att ringa.",
                "Du behöver inte säga vem du är.", "Svenska och engelska; tolk kan ordnas.", "Hela Sverige"), d.select("dl.facts dd").eachText());
        assertEquals("vad-hander-nar-du-ringer", d.selectFirst("article h2[id]").id(), "the Markdown text follows");

        Document bris = html("hjalp-och-stod/bris/index.html");
        assertEquals("tel:116111", bris.selectFirst("main a.call").attr("href"));
        Element chat = bris.selectFirst("main a[href=https://www.bris.se/chatt]");
        assertEquals("noreferrer noopener", chat.attr("rel"));
        assertEquals(1, chat.parent().select("svg.icon-chat").size());
        assertEquals(1, bris.select("h1 svg.icon-child").size(), "a service for children has the child pictogram");
        Document police = html("hjalp-och-stod/polisen/index.html");
        assertEquals(List.of("tel:112", "tel:11414"), police.select("main a.call").eachAttr("href"));
        assertEquals(2, police.select("main .contact-list svg.icon-police").size(), "112 and 114 14 have the police pictogram");
        assertEquals(1, police.select("h1 svg.icon-police").size());
        assertEquals(1, html("hjalp-och-stod/skyddat-boende/index.html").select("h1 svg.icon-shelter").size());
        assertEquals(0, html("hjalp-och-stod/centrum-mot-vald/index.html").select("h1 svg").size());
    }

    @Test
    void pictogramsAreDecorativeAndFollowTheTextColour() throws IOException {
        Document d = html("hjalp-och-stod/polisen/index.html");
        for (Element svg : d.select("svg")) {
            assertEquals("true", svg.attr("aria-hidden"));
            assertEquals("false", svg.attr("focusable"));
            assertTrue(svg.text().isEmpty() && svg.select("title, text, desc").isEmpty(), "no text inside a pictogram");
        }
        try (Stream<Path> icons = Files.list(Path.of("assets/icons"))) {
            List<Path> files = icons.toList();
            assertEquals(10, files.size(), files::toString); // 6 for content, globe/menu/search/finder for the header and home page
            for (Path f : files) {
                String svg = Files.readString(f);
                assertFalse(svg.matches("(?s).*(fill|stroke)=\"(?!currentColor|none)[^\"]*\".*"), f + " uses only currentColor, so it keeps its contrast in dark mode");
            }
        }
    }

    @Test
    void safetyNoteInTheHeaderHasTheSafetyPictogram() {
        site.page("sv/dolj-ditt-besok.md", "Dölj ditt besök", "Text");
        assertTrue(site.build().ok());
        assertEquals(1, html("index.html").select("header p.safety-note > svg.icon-safety[aria-hidden=true]").size());
    }

    @Test
    void aTranslationInheritsContactsAndMarksInheritedTextsWithTheirLanguage() {
        Document d = html("en/hjalp-och-stod/kvinnofridslinjen/index.html");
        assertEquals("tel:020505050", d.selectFirst("main a.call").attr("href"), "phones come from the Swedish page");
        assertEquals("Call 020-50 50 50", d.selectFirst("main a.call").text());
        assertEquals("sv", d.selectFirst("main .contact-list span[lang]").attr("lang"), "the Swedish label is marked as Swedish");
        assertEquals("https://www.kvinnofridslinjen.se", d.selectFirst("main a[rel=noreferrer noopener]").attr("href"));
        Element hours = d.select("dl.facts dt:containsOwn(Open) + dd").first();
        assertEquals("Day and night, every day.", hours.text());
        assertTrue(hours.select("[lang]").isEmpty(), "its own English text is not marked");
        Element cost = d.select("dl.facts dt:containsOwn(Cost) + dd > span").first();
        assertEquals("Det kostar ingenting att ringa.", cost.text());
        assertEquals("sv", cost.attr("lang"));
        assertEquals("ltr", cost.attr("dir"));
        assertEquals("Adults, Family and friends", d.select("dl.facts dt:containsOwn(For) + dd").text());
        assertEquals("All of Sweden", d.select("dl.facts dt:containsOwn(Where) + dd").text());

        Document ar = html("ar/hjalp-och-stod/kvinnofridslinjen/index.html");
        assertEquals("sv", ar.selectFirst("article").attr("lang"), "a fallback shows the Swedish page as Swedish");
        assertTrue(ar.select("article dd span[lang]").isEmpty(), "inside Swedish text, Swedish needs no marking");
    }

    @Test
    void definitionPageShowsItsAliases() {
        Document d = html("begrepp/hedersvald/index.html");
        assertEquals("Kallas också: hedersvåld, hedersförtryck", d.selectFirst("p.aliases").text());
    }

    @Test
    void planPageShowsFactsGoalsAndEveryActionGroupedByGoal() {
        Document d = html("planer/sodertalje/index.html");
        assertEquals(List.of("Kommun", "Dokument", "Period", "Uppföljning", "Antal åtgärder"), d.select("dl.facts dt").eachText());
        assertEquals(List.of("Södertälje", "Handlingsplan mot våld", "2024–2027", "Varje år.", "3"), d.select("dl.facts dd").eachText());
        assertEquals(List.of("1. Förebyggande arbete", "2. Stöd"), d.select("ul.goals li").eachText());
        assertEquals(List.of("1. Förebyggande arbete", "2. Stöd"), d.select("table.actions caption").eachText());
        Element table = d.selectFirst("table.actions");
        assertEquals(List.of("Nr", "Vad", "Ansvarar", "Nivå", "När", "Mått", "Teman"), table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("atgard-1-1", "atgard-1-2"), table.select("tbody tr").eachAttr("id"));
        Element row = d.getElementById("atgard-1-1");
        assertEquals("Åtgärd 1:1", row.selectFirst("th[scope=row]").text());
        assertEquals(List.of("Utbilda personalen.", "Socialnämnden Barn- och utbildningsnämnden", "Universell", "2024–2025",
                "Antal utbildade", "Förebygga våld, Kunskap"), row.select("td").eachText());
        Element wrap = table.parent();
        assertEquals("region", wrap.attr("role"));
        assertEquals("0", wrap.attr("tabindex"), "a table wider than a phone scrolls in a region the keyboard can reach");
        assertEquals(table.selectFirst("caption").id(), wrap.attr("aria-labelledby"));

        Document umea = html("planer/umea/index.html");
        assertEquals(List.of("Samverkan", "Kartläggning", "Övriga åtgärder"), umea.select("table.actions caption").eachText());
        assertEquals(List.of("atgard-1", "atgard-2", "atgard-3"), umea.select("table.actions tbody tr").eachAttr("id"));
        assertEquals(List.of("Nr", "Vad", "Ansvarar", "Teman"), umea.selectFirst("table.actions").select("thead th").eachText(),
                "columns no action of the table has are left out");
    }

    @Test
    void finderListsEveryServiceGroupedByAreaWithFiltersForScripts() {
        Document d = html("hjalp-och-stod/index.html");
        assertEquals(List.of("Hela Sverige", "Kiruna", "Umeå"), d.select("#finder-list > section > h2").eachText());
        assertEquals(List.of("Kvinnofridslinjen", "BRIS", "Polisen", "Skyddat boende i Kiruna", "Centrum mot våld"),
                d.select("#finder-list li.service h3 a").eachText());
        Element kvinnofrid = d.selectFirst("li.service[data-key=hjalp-och-stod/kvinnofridslinjen.md]");
        assertEquals("adults|relatives", kvinnofrid.attr("data-audience"));
        assertEquals("national", kvinnofrid.attr("data-area"));
        assertEquals("kvinnofridslinjen/", kvinnofrid.selectFirst("h3 a").attr("href"));
        assertEquals("tel:020505050", kvinnofrid.selectFirst("a.call").attr("href"));
        assertEquals("För: Vuxna, Anhöriga", kvinnofrid.selectFirst(".service-meta").text());
        assertEquals("Umeå", d.selectFirst("li.service[data-key=hjalp-och-stod/centrum-mot-vald.md]").attr("data-area"));
        Element filters = d.selectFirst("div.filters");
        assertTrue(filters.hasAttr("hidden"), "without JavaScript the filters are not shown");
        assertEquals("#finder-list", filters.attr("data-filters"));
        assertEquals(List.of("Vem är du?", "Din kommun"), filters.select("label").eachText());
        assertEquals("national", filters.selectFirst("select#filter-area").attr("data-always"));
        assertEquals("polite", filters.selectFirst("[role=status]").attr("aria-live"));
        assertEquals(1, d.select("script[src=../" + site.assets() + "js/filters.js]").size());
        assertTrue(d.select("ul.page-list").isEmpty(), "the services are not listed twice");
        assertTrue(html("hjalp-och-stod/kvinnofridslinjen/index.html").select("script[src*=filters]").isEmpty(), "only pages with filters load the script");

        Document ar = html("ar/hjalp-och-stod/index.html");
        Element fallback = ar.selectFirst("li.service[data-key=hjalp-och-stod/kvinnofridslinjen.md]");
        assertEquals("sv", fallback.selectFirst("h3 a").attr("lang"));
        assertEquals("(لم تُترجم بعد)", fallback.selectFirst(".not-translated").text());
        Element bris = ar.selectFirst("li.service[data-key=hjalp-och-stod/bris.md]");
        assertEquals("BRIS – لحقوق الأطفال", bris.selectFirst("h3 a").text());
        assertEquals("tel:116111", bris.selectFirst("a.call").attr("href"), "the Arabic BRIS page inherits its number");
    }

    @Test
    void actionsLayoutListsEveryActionOfEveryPlanWithLinksToItsRow() throws IOException {
        Document d = html("planer/alla-atgarder/index.html");
        List<Element> rows = d.select("table#all-actions tbody tr");
        assertEquals(6, rows.size());
        assertEquals(List.of("Kommun", "Nr", "Vad", "Ansvarar", "Nivå", "När", "Teman", "Plan"), d.select("table#all-actions thead th").eachText());
        Element first = rows.get(0);
        assertEquals(List.of("Södertälje", "Utbilda personalen.", "Socialnämnden Barn- och utbildningsnämnden", "Universell", "2024–2025",
                "Förebygga våld, Kunskap", "Läs i planen: Södertälje, Åtgärd 1:1"), first.select("td").eachText());
        assertEquals("Socialnämnden|Barn- och utbildningsnämnden", first.attr("data-responsible"));
        assertEquals("prevention|knowledge", first.attr("data-theme"));
        for (Element row : rows) {
            String href = row.selectFirst("a").attr("href");
            String[] parts = href.split("#");
            Path target = site.out().resolve("planer/alla-atgarder").resolve(parts[0]).normalize().resolve("index.html");
            assertTrue(Jsoup.parse(Files.readString(target)).getElementById(parts[1]) != null, href + " leads to the action's row");
        }
        List<String> responsible = d.select("select#filter-responsible option").eachText();
        assertEquals(List.of("Alla", "Alla nämnder", "Barn- och utbildningsnämnden", "Kommunfullmäktige", "Kommunstyrelsen", "Socialnämnden"), responsible);
        assertEquals(List.of("Alla kommuner", "Södertälje", "Umeå"), d.select("select#filter-municipality option").eachText());

        Document ar = html("ar/planer/alla-atgarder/index.html");
        Element what = ar.selectFirst("table#all-actions tbody tr td:nth-of-type(2)");
        assertEquals("sv", what.attr("lang"), "Swedish plan texts in the Arabic edition are marked as Swedish");
        assertEquals("الوقاية من العنف، المعرفة", ar.selectFirst("table#all-actions tbody tr td:nth-of-type(6)").text());
    }

    @Test
    void plansLayoutComparesThePlans() {
        Document d = html("planer/index.html");
        assertEquals(List.of("Kommun", "Dokument", "Period", "Mål och fokusområden", "Uppföljning", "Antal åtgärder"),
                d.select("table.plans thead th").eachText());
        List<Element> rows = d.select("table.plans tbody tr");
        assertEquals(List.of("Södertälje", "Umeå"), rows.stream().map(r -> r.selectFirst("th[scope=row]").text()).toList());
        assertEquals("sodertalje/", rows.get(0).selectFirst("th a").attr("href"));
        assertEquals(List.of("Handlingsplan mot våld", "2024–2027", "1. Förebyggande arbete 2. Stöd", "Varje år.", "3"), rows.get(0).select("td").eachText());
        assertEquals(List.of("Alla åtgärder"), d.select("ul.page-list a").eachText(), "other pages of the folder are still listed");
    }

    @Test
    void glossaryListsEveryDefinitionFromAToÖWithALetterIndex() {
        Document d = html("ordlista/index.html");
        assertEquals(List.of("E", "F", "H", "Ö"), d.select("nav.letters a").eachText(), "Ö comes after H in Swedish");
        assertEquals(List.of("Ekonomiskt våld", "Fysiskt våld", "Hedersrelaterat våld och förtryck", "Översikt"), d.select("dl.glossary dt a").eachText());
        for (Element a : d.select("nav.letters a")) {
            assertEquals(a.text(), d.getElementById(a.attr("href").substring(1)).text());
        }
        assertEquals("../begrepp/fysiskt-vald/", d.selectFirst("dl.glossary dt a:containsOwn(Fysiskt)").attr("href"));
        assertTrue(d.select("dl.glossary dd").get(2).text().endsWith("Kallas också: hedersvåld, hedersförtryck"));
    }

    @Test
    void actionAnchorsAreCheckedLikeHeadings() {
        assertTrue(site.read("index.html").contains("href=\"planer/sodertalje/#atgard-1-2\""));
        site.page("sv/a.md", "A", "[x](planer/sodertalje.md#atgard-12) och [y](planer/umea.md#atgard-3)");
        assertEquals(List.of("content/sv/a.md:4:1: no heading or action #atgard-12 on /planer/sodertalje/ — did you mean #atgard-1-2?"),
                site.errors(site.build()));
    }

    @Test
    void templatesSeeTheModelAndPagesOfTypeNamesTheTypes() {
        site.write("templates/probe.ftlh", """
                <#list site.pagesOfType("support") as e>${e.title}|${e.href}|${e.lang}|${e.translated?c}|${e.support.audience?join("+")};</#list>
                <#list page.plan.actions as a>${a.anchor} </#list>|${page.layout}|${page.glossary?c}
                """).page("sv/planer/probe.md", "Probe", "", "type: plan", "municipality: Umeå", "layout: probe", "glossary: false",
                "actions: [{what: A}, {id: X 1, what: B}]");
        site.page("en/planer/probe.md", "Probe", "", "type: plan", "layout: probe");
        assertEquals(List.of(), site.errors(site.build()));
        assertEquals("Kvinnofridslinjen|../../hjalp-och-stod/kvinnofridslinjen/|sv|true|adults+relatives;BRIS|../../hjalp-och-stod/bris/|sv|true|children;"
                        + "Polisen|../../hjalp-och-stod/polisen/|sv|true|adults+children+relatives;Centrum mot våld|../../hjalp-och-stod/centrum-mot-vald/|sv|true|adults+perpetrators;"
                        + "Skyddat boende i Kiruna|../../hjalp-och-stod/skyddat-boende/|sv|true|adults;\natgard-1 x-1 |probe|false",
                site.read("planer/probe/index.html").strip());
        assertTrue(site.read("en/planer/probe/index.html").startsWith("Kvinnofridslinjen (the national helpline)|../../hjalp-och-stod/kvinnofridslinjen/|en|true|adults+relatives;BRIS|../../hjalp-och-stod/bris/|sv|false|"),
                site.read("en/planer/probe/index.html"));
        assertTrue(site.read("en/planer/probe/index.html").contains("\natgard-1 x-1 |probe|true"), "the English plan inherits the actions");

        site.write("templates/probe.ftlh", "${site.pagesOfType(\"plans\")?size}");
        List<String> errors = site.errors(site.build());
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("templates/probe.ftlh:1:1: template error: pagesOfType(\"plans\"): no such type; the types are page, support, definition, plan"), errors.get(0));
    }

    @Test
    void servePicksUpAChangedNumberOnTheFinder() throws IOException {
        Build build = new Build(site.dir, false);
        assertTrue(build.build(site.out()).ok());
        Path file = site.dir.resolve("content/sv/hjalp-och-stod/bris.md");
        Files.writeString(file, Files.readString(file).replace("phones: 116 111", "phones: 116 123"));
        Build.Result r = build.update(site.out(), file);
        assertTrue(r.ok());
        assertEquals("tel:116123", html("hjalp-och-stod/index.html").selectFirst("li.service[data-key=hjalp-och-stod/bris.md] a.call").attr("href"));
    }

    @Test
    void aPreviewUpdateWritesWhatABuildWrites() throws IOException {
        Build build = new Build(site.dir, false);
        assertTrue(build.build(site.out()).ok());
        // a definition's text (the glossary links to it), then a plan's text that names defined terms: shown in
        // Swedish, and as the fallback in English and Arabic
        for (String rel : List.of("content/sv/begrepp/fysiskt-vald.md", "content/sv/planer/umea.md")) {
            Path file = site.dir.resolve(rel);
            String text = Files.readString(file);
            int at = text.lastIndexOf("Text.");
            Files.writeString(file, text.substring(0, at) + "Om fysiskt våld och hedersvåld, och vart man vänder sig. ".repeat(25) + text.substring(at));
            Build.Result r = build.update(site.out(), file);
            assertTrue(r.ok(), r.problems()::toString);
            assertTrue(r.rendered() < r.pages(), "only the pages that show the file");
        }
        build.awaitSearch();
        Path fresh = tmp.resolve("fresh");
        assertTrue(new Build(site.dir, false).build(fresh).ok());
        assertEquals(TestSite.files(fresh), TestSite.files(site.out()), "the preview's folder, file by file, as a new build of the same sources");
    }
}
