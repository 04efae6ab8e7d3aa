package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.fristad.build.TestSite.assertHas;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed keys of support, definition and plan pages (SCHEMA.md): every mistake is reported at its line and
 * column with a hint, all of them in one run.
 */
class SchemaErrorsTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return new TestSite(tmp, "title: T\nlanguages: [sv, en]\nmunicipalities: [Kiruna, Umeå, Södertälje]\n")
                .page("sv/index.md", "Hem", "Text");
    }


    private List<String> errors(TestSite site) {
        return site.errors(site.build());
    }

    @Test
    void aValidSupportPagePlanAndDefinitionBuild() {
        TestSite site = site()
                .write("content/sv/stod/kvinnofridslinjen.md", """
                        ---
                        title: Kvinnofridslinjen
                        type: support
                        phones:
                          - number: 020-50 50 50
                            label: Stödtelefon
                          - "+46 20 50 50 50"
                        chat: https://www.example.se/chatt
                        email: info@example.se
                        sms: Skriv till oss.
                        hours: Dygnet runt.
                        audience: [adults, relatives]
                        cost: Gratis.
                        anonymity: Du kan vara anonym.
                        languages: Svenska.
                        area: national
                        website: https://www.kvinnofridslinjen.se
                        glossary: false
                        ---
                        Text.
                        """)
                .write("content/sv/stod/umea.md", "---\ntitle: Centrum mot våld\ntype: support\narea: Umeå\naudience: adults\n---\n")
                .write("content/sv/begrepp/hedersvald.md", "---\ntitle: Hedersrelaterat våld\ntype: definition\naliases: hedersvåld\n---\n")
                .write("content/sv/planer/sodertalje.md", """
                        ---
                        title: Södertälje
                        type: plan
                        municipality: Södertälje
                        period: 2024–2027
                        goals:
                          - id: "1"
                            name: Förebyggande arbete
                          - Stöd
                        actions:
                          - id: "Åtgärd 1:1"
                            goal: "1"
                            what: Utbilda.
                            responsible: Socialnämnden
                            level: [universal, selective]
                            themes: [prevention, knowledge]
                          - goal: Stöd
                            what: Stödja.
                        ---
                        """);
        Build.Result r = site.build();
        assertEquals(List.of(), site.errors(r));
    }

    @Test
    void aKeyOfAnotherTypeNamesItsType() {
        TestSite site = site().write("content/sv/a.md", "---\ntitle: A\nphones: [112]\n---\n")
                .write("content/sv/b.md", "---\ntitle: B\ntype: plan\nmunicipality: Kiruna\naliases: [x]\n---\n");
        List<String> errors = errors(site);
        assertHas(errors, "content/sv/a.md:3:1: phones is only for type: support — remove the line, or make this page type: support (it is type: page)");
        assertHas(errors, "content/sv/b.md:5:1: aliases is only for type: definition — remove the line, or make this page type: definition (it is type: plan)");
    }

    @Test
    void theTypeDecidesEvenWhenWrittenLast() {
        TestSite site = site().write("content/sv/a.md", "---\ntitle: A\nphones: [112]\nhuors: x\ntype: support\n---\n");
        List<String> errors = errors(site);
        assertEquals(List.of("content/sv/a.md:4:1: unknown key \"huors\" — did you mean \"hours\"?"), errors);
    }

    @Test
    void wrongShapesAndVocabularies() {
        TestSite site = site().write("content/sv/a.md", """
                ---
                title: A
                type: support
                hours: [alltid]
                audience: [adults, kids, {x: y}]
                area: {Umeå: true}
                phones:
                  - number: 020-50 50 5O
                  - nummer: 112
                  - [112]
                pictogram: house
                layout: finders
                glossary: nej
                ---
                """);
        List<String> errors = errors(site);
        assertHas(errors, "content/sv/a.md:4:8: \"hours\" must be a single value — write hours: some text");
        assertHas(errors, "content/sv/a.md:5:20: unknown audience \"kids\" — allowed: adults, children, perpetrators, relatives, professionals");
        assertHas(errors, "content/sv/a.md:5:26: each item of \"audience\" must be a single value — write audience: [adults, relatives]");
        assertHas(errors, "content/sv/a.md:6:7: \"area\" must be a list — write area: national, or area: [Umeå]");
        assertHas(errors, "content/sv/a.md:8:13: phone number \"020-50 50 5O\" may only have digits, spaces and hyphens, and + first — write the number as it is dialled, e.g. 020-50 50 50");
        assertHas(errors, "content/sv/a.md:9:5: unknown key \"nummer\" in a phone — did you mean \"number\"?");
        assertHas(errors, "content/sv/a.md:9:5: a phone has no number — add number: 020-50 50 50 (the number as it is dialled)");
        assertHas(errors, "content/sv/a.md:10:5: a phone must be a number or number: and label: lines — write - number: 020-50 50 50");
        assertHas(errors, "content/sv/a.md:11:12: unknown pictogram \"house\" — allowed: shelter, child, police");
        assertHas(errors, "content/sv/a.md:13:11: glossary must be true or false, not \"nej\" — write glossary: true");
        assertEquals(10, errors.size(), () -> String.join("\n", errors)); // the layout is checked once the page has loaded
    }

    @Test
    void addressesMustBeHttps() {
        TestSite site = site().write("content/sv/a.md",
                "---\ntitle: A\ntype: support\nwebsite: www.example.se\nchat: http://example.se/chatt\nemail: ingen\n---\n");
        List<String> errors = errors(site);
        assertHas(errors, "content/sv/a.md:4:10: website must be an https:// address, not \"www.example.se\" — write the full address, e.g. website: https://www.example.se");
        assertHas(errors, "content/sv/a.md:5:7: chat must be an https:// address, not \"http://example.se/chatt\" — write the full address, e.g. chat: https://www.example.se/chatt");
        assertHas(errors, "content/sv/a.md:6:8: email must be an e-mail address, not \"ingen\" — write email: name@example.se");
    }

    @Test
    void areaAndMunicipalityAreCheckedAgainstSiteYml() {
        TestSite site = site()
                .write("content/sv/a.md", "---\ntitle: A\ntype: support\narea: [Umea, Stockholm]\n---\n")
                .write("content/sv/b.md", "---\ntitle: B\ntype: support\narea: [national, Kiruna]\n---\n")
                .write("content/sv/c.md", "---\ntitle: C\ntype: plan\nmunicipality: kiruna\n---\n")
                .write("content/sv/d.md", "---\ntitle: D\ntype: plan\n---\n");
        List<String> errors = errors(site);
        assertHas(errors, "content/sv/a.md:4:8: \"Umea\" is not one of the municipalities in site.yml — did you mean \"Umeå\"?");
        assertHas(errors, "content/sv/a.md:4:14: \"Stockholm\" is not one of the municipalities in site.yml — site.yml's municipalities are: Kiruna, Umeå, Södertälje; or write area: national");
        assertHas(errors, "content/sv/b.md:4:8: area national cannot be combined with municipalities — write area: national for a service in all of Sweden, or list only municipalities");
        assertHas(errors, "content/sv/c.md:4:15: \"kiruna\" is not one of the municipalities in site.yml — did you mean \"Kiruna\"?");
        assertHas(errors, "content/sv/d.md:1:1: a plan needs a municipality — add municipality: one of Kiruna, Umeå, Södertälje");
    }

    @Test
    void withoutMunicipalitiesInSiteYmlTheHintSaysToAddThem() {
        TestSite site = TestSite.svEn(tmp).page("sv/index.md", "Hem", "Text")
                .write("content/sv/a.md", "---\ntitle: A\ntype: support\narea: Umeå\n---\n");
        assertEquals(List.of("content/sv/a.md:4:7: \"Umeå\" is not one of the municipalities in site.yml — add municipalities: [Umeå] to site.yml"),
                errors(site));
    }

    @Test
    void actionsAreChecked() {
        TestSite site = site().write("content/sv/p.md", """
                ---
                title: P
                type: plan
                municipality: Umeå
                goals:
                  - id: "1"
                    name: Förebygga
                  - id: "2"
                    name: Stödja
                  - titel: Tre
                actions:
                  - id: "1:1"
                    goal: "3"
                    what: A
                    respnsible: [Socialnämnden]
                    level: universell
                    themes: [prevent, support, children, honour]
                  - id: "1:1"
                    what: B
                  - goal: Förebygga
                    what: C
                  - id: "1.1"
                    what: D
                  - period: 2024
                  - Utbilda
                ---
                """);
        List<String> errors = errors(site);
        assertHas(errors, "content/sv/p.md:10:5: unknown key \"titel\" in a goal — allowed: id, name");
        assertHas(errors, "content/sv/p.md:10:5: a goal has no name — add name: the goal or focus area as the plan calls it");
        assertHas(errors, "content/sv/p.md:13:11: goal \"3\" is not one of the plan's goals — the goals are: \"1\", \"2\"");
        assertHas(errors, "content/sv/p.md:15:5: unknown key \"respnsible\" in an action — did you mean \"responsible\"?");
        assertHas(errors, "content/sv/p.md:16:12: unknown level \"universell\" — did you mean \"universal\"?");
        assertHas(errors, "content/sv/p.md:17:14: unknown theme \"prevent\" — did you mean \"prevention\"?");
        assertHas(errors, "content/sv/p.md:17:13: an action has at most 3 themes, this one has 4 — keep the 3 that fit it best");
        assertHas(errors, "content/sv/p.md:18:5: two actions have the id \"1:1\" (the first is on line 12) — give each action its own id, as the plan numbers them");
        assertHas(errors, "content/sv/p.md:20:11: goal \"Förebygga\" has an id — write goal: \"1\"");
        assertHas(errors, "content/sv/p.md:22:5: this action's anchor #1-1 is the same as action \"1:1\"'s — change one of the ids so each action has its own link");
        assertHas(errors, "content/sv/p.md:24:5: an action has no \"what\" — add what: what is to be done, in your own words");
        assertHas(errors, "content/sv/p.md:25:5: an action must be a list of key: value lines — write - what: Utbilda personalen om våld, with its other keys below it");
        assertEquals(12, errors.size(), () -> String.join("\n", errors));
    }

    @Test
    void aGoalWithoutGoals() {
        TestSite site = site().write("content/sv/p.md",
                "---\ntitle: P\ntype: plan\nmunicipality: Umeå\nactions:\n  - what: A\n    goal: Stöd\n---\n");
        assertEquals(List.of("content/sv/p.md:7:11: goal \"Stöd\" but the plan has no goals — add goals: to the plan, or remove goal: from the action"),
                errors(site));
    }

    @Test
    void aLayoutWithoutTemplateListsTheLayouts() {
        TestSite site = site().write("content/sv/a.md", "---\ntitle: A\nlayout: finders\n---\n")
                .write("content/sv/b.md", "---\ntitle: B\nlayout: nothing-like-it\n---\n");
        List<String> errors = errors(site);
        assertHas(errors, "content/sv/a.md:3:9: layout \"finders\" has no template templates/finders.ftlh — did you mean \"finder\"? The layouts: actions, definition, finder, glossary, page, plan, plans, support");
        assertHas(errors, "content/sv/b.md:3:9: layout \"nothing-like-it\" has no template templates/nothing-like-it.ftlh — the layouts: actions, definition, finder, glossary, page, plan, plans, support");
    }

    @Test
    void aSitesOwnTemplateIsALayout() {
        TestSite site = site().write("content/sv/a.md", "---\ntitle: A\nlayout: special\n---\nText")
                .write("templates/special.ftlh", "<#import \"layout.ftlh\" as l><@l.layout><h1>Special ${page.title}</h1></@l.layout>");
        assertTrue(site.build().ok());
        assertTrue(site.read("a/index.html").contains("<h1>Special A</h1>"));
    }

    @Test
    void siteYmlMunicipalitiesMustBeAList() {
        TestSite site = new TestSite(tmp, "title: T\nlanguages: [sv]\nmunicipalities: Umeå\n").page("sv/index.md", "Hem", "Text");
        assertEquals(List.of("site.yml:3:17: municipalities must be a list — write municipalities: [Kiruna, Umeå]"), errors(site));
        site = new TestSite(tmp, "title: T\nlanguages: [sv]\nmunicipalities: [Umeå, Umeå]\n");
        assertEquals(List.of("site.yml:3:24: municipality \"Umeå\" is listed twice — remove one of them"), errors(site));
    }

    @Test
    void aJBakeHeaderCannotHoldTypedKeys() {
        TestSite site = site().write("content/sv/j.md", "title=J\ntype=support\nphones=112\n~~~~~~\nText\n")
                .write("content/sv/k.md", "title=K\ntype=support\n~~~~~~\nText\n");
        assertEquals(List.of("content/sv/j.md:3:8: phones needs YAML front matter — a JBake header holds single key=value lines only; write the header between --- lines instead"),
                errors(site));
    }

    @Test
    void allMistakesOfARunAreReportedTogether() {
        TestSite site = site().write("content/sv/a.md", "---\ntitle: A\ntype: support\narea: Umea\n---\n")
                .write("content/sv/b.md", "---\ntitle: B\nlayout: finders\n---\n")
                .write("content/sv/c.md", "---\ntitle: C\ntype: plan\nmunicipality: Umeå\nactions: [{what: A, level: x}]\n---\n");
        List<String> errors = errors(site);
        assertEquals(3, errors.size(), () -> String.join("\n", errors));
        assertFalse(site.build().ok());
    }

    @Test
    void moreShapes() {
        TestSite site = site()
                .write("content/sv/a.md", "---\ntitle: A\nlayout: templates/finder\n---\n")
                .write("content/sv/p.md", "---\ntitle: P\ntype: plan\nmunicipality: Umeå\ngoals: [Stöd, Stöd]\nactions: {what: A}\n---\n")
                .write("content/sv/d.md", "---\ntitle: D\ntype: definition\naliases: {a: b}\nterm: [x]\n---\n");
        List<String> errors = errors(site);
        assertHas(errors, "content/sv/a.md:3:9: layout must be the name of a template, not \"templates/finder\" — write layout: finder to render the page with templates/finder.ftlh");
        assertHas(errors, "content/sv/p.md:5:15: two goals are called \"Stöd\" (the first is on line 5) — give each goal its own id");
        assertHas(errors, "content/sv/p.md:6:10: \"actions\" must be a list — start each item on its own line with -, e.g. - what: Utbilda personalen om våld");
        assertHas(errors, "content/sv/d.md:4:10: \"aliases\" must be a list — write aliases: [hedersvåld]");
        assertHas(errors, "content/sv/d.md:5:7: \"term\" must be a single value — write term: some text");
        assertEquals(5, errors.size(), () -> String.join("\n", errors));
    }

    @Test
    void nationalIsNotAMunicipality() {
        TestSite site = new TestSite(tmp, "title: T\nlanguages: [sv]\nmunicipalities: [national]\n").page("sv/index.md", "Hem", "Text");
        assertEquals(List.of("site.yml:3:18: \"national\" is not a municipality — write the municipality's name, e.g. Umeå"), errors(site));
    }
}
