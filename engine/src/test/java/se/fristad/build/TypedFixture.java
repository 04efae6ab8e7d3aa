package se.fristad.build;

import java.nio.file.Path;

/**
 * A small site with every typed page of SCHEMA.md (support services, definitions, plans) and every layout
 * (finder, actions, plans, glossary) in Swedish, with an English and an Arabic translation of some pages. Used by
 * the rendering tests and the browser tests. Facts are the national numbers the project may use; the local
 * services have no phone numbers.
 */
public final class TypedFixture {
    private TypedFixture() {
    }

    public static TestSite write(Path dir) {
        TestSite site = new TestSite(dir, "title: Testsajt\nlanguages: [sv, en, ar]\nmunicipalities: [Kiruna, Umeå, Södertälje]\n");
        site.page("sv/index.md", "Hem", "Se [hjälp och stöd](hjalp-och-stod/index.md) och [åtgärd 1:2](planer/sodertalje.md#atgard-1-2).")
                .page("sv/hjalp-och-stod/index.md", "Hjälp och stöd", "Här finns alla stödtjänster.", "layout: finder", "order: 1")
                .write("content/sv/hjalp-och-stod/kvinnofridslinjen.md", """
                        ---
                        title: Kvinnofridslinjen
                        summary: Nationell stödtelefon för dig som har utsatts för våld.
                        type: support
                        order: 1
                        phones:
                          - number: 020-50 50 50
                            label: Stödtelefon
                        hours: Dygnet runt, alla dagar.
                        audience: [adults, relatives]
                        cost: Det kostar ingenting att ringa.
                        anonymity: Du behöver inte säga vem du är.
                        languages: Svenska och engelska; tolk kan ordnas.
                        area: national
                        website: https://www.kvinnofridslinjen.se
                        ---
                        ## Vad händer när du ringer
                        Någon lyssnar.
                        """)
                .write("content/sv/hjalp-och-stod/bris.md", """
                        ---
                        title: BRIS
                        summary: För barn och unga.
                        type: support
                        order: 2
                        phones: 116 111
                        chat: https://www.bris.se/chatt
                        audience: children
                        area: national
                        ---
                        Text.
                        """)
                .write("content/sv/hjalp-och-stod/polisen.md", """
                        ---
                        title: Polisen
                        type: support
                        order: 3
                        phones:
                          - number: "112"
                            label: Akut
                          - number: 114 14
                            label: Inte akut
                        audience: [adults, children, relatives]
                        area: national
                        ---
                        Text.
                        """)
                .write("content/sv/hjalp-och-stod/centrum-mot-vald.md", """
                        ---
                        title: Centrum mot våld
                        summary: Stöd i Umeå för den som är utsatt och den som utövar våld.
                        type: support
                        audience: [adults, perpetrators]
                        area: [Umeå]
                        ---
                        Fråga kommunen hur du når dem.
                        """)
                .write("content/sv/hjalp-och-stod/skyddat-boende.md", """
                        ---
                        title: Skyddat boende i Kiruna
                        type: support
                        pictogram: shelter
                        audience: adults
                        area: Kiruna
                        ---
                        Fråga socialtjänsten.
                        """)
                .write("content/en/hjalp-och-stod/kvinnofridslinjen.md", """
                        ---
                        title: Kvinnofridslinjen (the national helpline)
                        summary: A national helpline for anyone subjected to violence.
                        type: support
                        translation: machine
                        hours: Day and night, every day.
                        ---
                        Someone listens.
                        """)
                .page("en/hjalp-och-stod/index.md", "Help and support", "Every support service.", "layout: finder")
                .page("ar/hjalp-och-stod/index.md", "المساعدة والدعم", "كل خدمات الدعم.", "layout: finder", "translation: machine")
                .write("content/ar/hjalp-och-stod/bris.md", """
                        ---
                        title: BRIS – لحقوق الأطفال
                        summary: للأطفال والشباب.
                        type: support
                        translation: machine
                        ---
                        نص.
                        """)
                .page("sv/planer/index.md", "Planerna", "Fem kommuners planer.", "layout: plans", "order: 2")
                .page("ar/planer/index.md", "الخطط", "خطط البلديات.", "layout: plans", "translation: machine")
                .page("sv/planer/alla-atgarder.md", "Alla åtgärder", "Varje åtgärd i planerna.", "layout: actions")
                .page("ar/planer/alla-atgarder.md", "كل الإجراءات", "كل إجراء في الخطط.", "layout: actions", "translation: machine")
                .write("content/sv/planer/sodertalje.md", """
                        ---
                        title: Södertälje kommuns handlingsplan
                        summary: Planen för 2024–2027.
                        type: plan
                        municipality: Södertälje
                        document: Handlingsplan mot våld
                        period: 2024–2027
                        followUp: Varje år.
                        goals:
                          - id: "1"
                            name: Förebyggande arbete
                          - id: "2"
                            name: Stöd
                        actions:
                          - id: "Åtgärd 1:1"
                            goal: "1"
                            what: Utbilda personalen.
                            responsible: [Socialnämnden, Barn- och utbildningsnämnden]
                            level: universal
                            period: 2024–2025
                            indicators: [Antal utbildade]
                            themes: [prevention, knowledge]
                          - id: "Åtgärd 1:2"
                            goal: "1"
                            what: Informera på flera språk.
                            responsible: Kommunstyrelsen
                            level: [selective]
                            themes: information
                          - id: "Åtgärd 2:1"
                            goal: "2"
                            what: Erbjuda stöd till barn.
                            responsible: Socialnämnden
                            level: indicated
                            themes: [support, children]
                        ---
                        Planen gäller hela kommunkoncernen.
                        """)
                .write("content/sv/planer/umea.md", """
                        ---
                        title: Umeå kommuns handlingsplan
                        type: plan
                        municipality: Umeå
                        period: 2018–2022
                        goals: [Samverkan, Kartläggning]
                        actions:
                          - goal: Samverkan
                            what: Starta ett samverkansråd.
                            responsible: Kommunstyrelsen
                            themes: cooperation
                          - goal: Kartläggning
                            what: Kartlägga arbetet mot våld.
                            responsible: [Alla nämnder]
                            themes: follow-up
                          - what: Följa upp planen varje år.
                            responsible: Kommunfullmäktige
                        ---
                        Text.
                        """)
                .write("content/sv/begrepp/fysiskt-vald.md", """
                        ---
                        title: Fysiskt våld
                        summary: Att slå, sparka, knuffa eller hålla fast någon.
                        type: definition
                        term: fysiskt våld
                        ---
                        Text.
                        """)
                .write("content/sv/begrepp/hedersvald.md", """
                        ---
                        title: Hedersrelaterat våld och förtryck
                        summary: Våld för att bevara en familjs heder.
                        type: definition
                        term: hedersrelaterat våld och förtryck
                        aliases: [hedersvåld, hedersförtryck]
                        ---
                        Text.
                        """)
                .write("content/sv/begrepp/ekonomiskt-vald.md", """
                        ---
                        title: Ekonomiskt våld
                        summary: Att ta kontroll över någons pengar.
                        type: definition
                        ---
                        Text.
                        """)
                .write("content/sv/begrepp/ovald.md", """
                        ---
                        title: Översikt
                        summary: Ett ord på Ö.
                        type: definition
                        term: översikt
                        glossary: false
                        ---
                        Text.
                        """)
                .page("sv/ordlista.md", "Ordlista", "Alla begrepp från A till Ö.", "layout: glossary");
        return site;
    }
}
