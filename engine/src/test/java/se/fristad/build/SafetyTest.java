package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.fristad.build.TestSite.assertHas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing about a resident's visit may leak to another host, and nothing may break the pages' strict
 * Content-Security-Policy: the build refuses content and themes that would, naming file and line.
 */
class SafetyTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.svEn(tmp).page("sv/index.md", "Hem", "Text");
    }


    @Test
    void scriptsEmbedsHandlersAndInlineStylesInMarkdownFailTheBuild() {
        TestSite site = site().page("sv/a.md", "A", String.join("\n",
                "Rad.",
                "",
                "<script>alert(1)</script>",
                "",
                "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>",
                "",
                "Klicka <a href=\"#\" onclick=\"spy()\">här</a> eller <span style=\"color:red\">här</span>.",
                "",
                "[Farlig](javascript:alert(1)) och ![Spårning](https://tracker.example/pixel.gif)",
                "",
                "<img src=\"//cdn.example/bild.png\" alt=\"\">"));
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/a.md:6:1: <script> is not allowed in content — pages run no scripts of their own; the theme provides what the site needs");
        assertHas(errors, "content/sv/a.md:8:1: <iframe> is not allowed in content — embedded content tells another host who visits; link to it instead: [text](https://…)");
        assertHas(errors, "content/sv/a.md:10:8: event handler onclick= is not allowed in content — pages run no scripts of their own; remove the attribute");
        assertHas(errors, "content/sv/a.md:10:50: style= is not allowed in content — inline styles break the pages' Content-Security-Policy; use Markdown, or a class from the theme's stylesheet");
        assertHas(errors, "content/sv/a.md:12:1: link runs a script: javascript:alert(1) — link to a page or file instead");
        assertHas(errors, "content/sv/a.md:12:35: image loads from another host: https://tracker.example/pixel.gif — nothing may load from another host (it tells that host who visits); save the image in content/ and link to the file");
        assertHas(errors, "content/sv/a.md:14:1: <img> loads //cdn.example/bild.png from another host — nothing may load from another host (it tells that host who visits); save the file in content/ and link to it");
        assertEquals(false, Files.exists(site.out()), "nothing was written");
    }

    @Test
    void harmlessHtmlAndOutboundLinksAreFine() {
        TestSite site = site().page("sv/a.md", "A", "<abbr title=\"Barnens rätt i samhället\">BRIS</abbr> och [BRIS](https://www.bris.se) och <a href=\"https://www.1177.se\">Vårdguiden</a>");
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        Document d = Jsoup.parse(site.read("a/index.html"));
        assertEquals("noreferrer noopener", d.selectFirst("main a[href=https://www.bris.se]").attr("rel"), "outbound links send no referrer");
    }

    @Test
    void themeLoadingFromAnotherHostFailsTheBuild() {
        TestSite site = site()
                .write("templates/listing.ftlh", "<html>\n<head>\n<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css?family=Inter\">\n"
                        + "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/\">\n</head><body><a href=\"https://www.bris.se\">ok</a>"
                        + "<script src=\"https://cdn.example/analytics.js\"></script></body></html>\n")
                .write("assets/css/fristad.css", "body { color: black; }\n@font-face { src: url(\"https://fonts.gstatic.com/x.woff2\"); }\n");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "templates/listing.ftlh:3:1: <link> loads https://fonts.googleapis.com/css?family=Inter from another host — the site may load nothing from another host (it tells that host who visits); put the file in assets/");
        assertHas(errors, "templates/listing.ftlh:5:1: <script> loads https://cdn.example/analytics.js from another host — the site may load nothing from another host (it tells that host who visits); put the file in assets/");
        assertHas(errors, "assets/css/fristad.css:2:1: stylesheet loads https://fonts.gstatic.com/x.woff2 from another host — no web fonts or images from other hosts: put the file in assets/ and use a relative url()");
        assertEquals(3, errors.size(), "links and hreflang alternates are not loads: " + errors);
    }
}
