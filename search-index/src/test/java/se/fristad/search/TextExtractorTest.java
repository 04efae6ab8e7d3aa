package se.fristad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What search takes from a rendered page, and that reading only its {@code <main>} changes none of it. */
class TextExtractorTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="sv"><head><title>Stöd – Testsajt</title>
            <script type="application/ld+json">{"name":"Stöd"}</script></head>
            <body><header><a href="#main">Till innehållet</a><nav><ul><li><a href="/">Hem</a></li></ul></nav></header>
            <main id="main" tabindex="-1">
            <h1>Stöd</h1><p class="lead">Ingressen står i summary.</p>
            <h2 id="ring">Ring <a class="heading-anchor" href="#ring">Länk till rubriken</a></h2>
            <p>Kvinnojouren svarar dygnet runt &amp; du får vara anonym.</p>
            <div data-search-ignore><p>Granskad 2026-01-01</p></div>
            <h3>Om du är barn</h3><p>Prata med en vuxen du litar på.</p><table><tr><td>Cell</td></tr></table>
            </main>
            <footer><p>Sidfot med kontakt</p></footer></body></html>
            """;

    @Test
    void takesHeadingsAndBodyOfMainWithoutWhatIsNotThePagesOwnText() {
        PageText t = TextExtractor.extract("/stod/", "Stöd", "Ingressen står i summary.", PAGE);
        assertEquals("Ring\nOm du är barn", t.headings());
        assertEquals("Kvinnojouren svarar dygnet runt & du får vara anonym. Prata med en vuxen du litar på. Cell", t.body());
        assertEquals(t, TextExtractor.extract("/stod/", "Stöd", "Ingressen står i summary.", whole(PAGE)));
    }

    @Test
    void readsTheWholePageWhenMainIsNotPlain() {
        // a second <main (in a script, a comment, a second element) or a tag that only starts like it: parse it all
        for (String odd : new String[] {
                PAGE.replace("</head>", "<script>const t = '<main>';</script></head>"),
                PAGE.replace("<footer>", "<!-- </main> --><footer>"),
                PAGE.replace("<main id", "<mainly></mainly><main id"),
                PAGE.replace("<main id=\"main\" tabindex=\"-1\">", "<div id=\"main\">").replace("</main>", "</div>")}) {
            assertSame(odd, TextExtractor.mainOnly(odd));
        }
        String trimmed = TextExtractor.mainOnly(PAGE);
        assertEquals(true, trimmed.startsWith("<main id=\"main\"") && trimmed.endsWith("</main>"), trimmed);
    }

    /** The page as the whole-page parse sees it: a second {@code <main} in a comment turns the shortcut off. */
    static String whole(String html) {
        String w = html + "<!-- <main -->";
        assertSame(w, TextExtractor.mainOnly(w));
        return w;
    }
}
