package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.fristad.build.TestSite.assertHas;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that used to vanish, leak or crash: text after " #" in YAML, links out of the site, SVG pictures that run code,
 * files that are not text, nesting deep enough to exhaust the stack. Each is an error with its file, line and column,
 * all of them in one run, and nothing is written.
 */
class NeverLoseTextTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.svEn(tmp).page("sv/index.md", "Hem", "Text");
    }


    @Test
    void textAfterSpaceHashInFrontMatterIsAnErrorWithTheLineAsItShouldBe() {
        TestSite site = site().write("content/sv/plan.md", String.join("\n",
                "---",
                "# a whole-line comment is fine",
                "title: Plan",
                "summary: Ring oss #nu",
                "description: \"Citerat #fint\"",
                "---",
                "Text"))
                .write("content/sv/b.md", "---\ntitle: B\nsummary: #allt är en kommentar\n---\n");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/plan.md:4:19: text after \" #\" is a YAML comment and is not published — put the whole value in quotes:"
                + " summary: \"Ring oss #nu\" (a note for editors goes on a line of its own)");
        assertHas(errors, "content/sv/b.md:3:10: text after \" #\" is a YAML comment and is not published — put the whole value in quotes:"
                + " summary: \"#allt är en kommentar\" (a note for editors goes on a line of its own)");
        assertEquals(2, errors.stream().filter(e -> e.contains("YAML comment")).count(), String.join("\n", errors));
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void hashInsideQuotesAndBlockTextIsKept() {
        TestSite site = site().write("content/sv/plan.md", String.join("\n",
                "---",
                "title: \"Arbete med #WeDo\"",
                "summary: >-",
                "  Om mobbning och #Metoo.",
                "---",
                "Text"));
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        String html = site.read("plan/index.html");
        assertTrue(html.contains("Arbete med #WeDo") && html.contains("Om mobbning och #Metoo."), html);
    }

    @Test
    void aTrailingCommentInSiteYmlAndInAListItemIsAnError() {
        TestSite site = new TestSite(tmp, "title: Test # not published\nlanguages: [sv]\n")
                .page("sv/index.md", "Hem", "x", "summary: ok");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "site.yml:1:13: text after \" #\" is a YAML comment and is not published — put the whole value in quotes:"
                + " title: \"Test # not published\" (a note for editors goes on a line of its own)");

        TestSite list = TestSite.svEn(tmp.resolve("b")).page("sv/index.md", "Hem", "x").write("content/sv/p.md",
                "---\ntitle: P\ntype: definition\naliases:\n  - ett #två\n---\nx\n");
        assertHas(list.errors(list.build()), "content/sv/p.md:5:9: text after \" #\" is a YAML comment and is not published — put the whole value"
                + " in quotes: - \"ett #två\" (a note for editors goes on a line of its own)");
    }

    @Test
    void deeplyNestedYamlAndMarkdownAreErrorsNotCrashes() {
        TestSite site = site()
                .write("content/sv/yaml.md", "---\ntitle: Y\nsummary: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\nx\n")
                .write("content/sv/quote.md", "---\ntitle: Q\n---\n" + ">".repeat(20000) + " x\n");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/yaml.md:3:59: lists or settings nested more than 50 levels deep — settings are at most a few levels deep:"
                + " check the brackets and the indentation");
        assertHas(errors, "content/sv/quote.md:4:65: quotes or lists inside each other more than 64 levels deep — check the > and - at the start"
                + " of the lines: a page needs only a few levels");
    }

    @Test
    void binaryAndHugeFilesNamedMdAreErrors() {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        TestSite site = site().bytes("content/sv/bild.md", png)
                .write("content/sv/nul.md", "---\ntitle: N\n---\nab\u0000c\n")
                .write("content/sv/stor.md", "---\ntitle: S\n---\n" + "ord ".repeat(2_200_000));
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/bild.md:3:1: file is not text (it holds a NUL byte, as pictures and programs do) — give a picture or"
                + " document its real file ending (.png, .pdf …); a page must be saved as plain text (UTF-8)");
        assertHas(errors, "content/sv/nul.md:4:3: file is not text (it holds a NUL byte, as pictures and programs do) — give a picture or"
                + " document its real file ending (.png, .pdf …); a page must be saved as plain text (UTF-8)");
        assertHas(errors, "content/sv/stor.md:1:1: file is 8.4 MB; a text file of the site may be at most 8 MB — split the text into several"
                + " pages, or put a large document in as a PDF");
    }

    @Test
    void linksOutOfTheSiteAreErrorsAndNeverPublished() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.txt"), "root:x:0:0");
        Path siteDir = Files.createDirectories(tmp.resolve("site"));
        TestSite site = TestSite.svEn(siteDir).page("sv/index.md", "Hem", "Text").write("content/sv/ok.txt", "inside");
        Files.createSymbolicLink(siteDir.resolve("content/sv/passwd.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(siteDir.resolve("content/sv/mapp"), outside);
        Files.createSymbolicLink(siteDir.resolve("content/sv/borta.png"), siteDir.resolve("finns-inte.png"));
        Files.createSymbolicLink(siteDir.resolve("content/sv/kopia.txt"), siteDir.resolve("content/sv/ok.txt"));
        Files.createDirectories(siteDir.resolve("assets"));
        Files.createSymbolicLink(siteDir.resolve("assets/x.css"), outside.resolve("secret.txt"));
        List<String> errors = site.errors(site.build());
        String real = outside.toRealPath().toString();
        assertHas(errors, "content/sv/passwd.txt:1:1: is a link to " + real + "/secret.txt, outside the site directory — copy the file itself"
                + " into the site; Fristad publishes only what is inside the site directory");
        assertHas(errors, "content/sv/mapp:1:1: is a link to " + real + ", outside the site directory — move or copy the folder itself into"
                + " the site; Fristad follows no link to a folder");
        assertHas(errors, "content/sv/borta.png:1:1: is a link to a file that does not exist — remove the link, or put the file itself in its place");
        assertHas(errors, "assets/x.css:1:1: is a link to " + real + "/secret.txt, outside the site directory — copy the file itself into the"
                + " site; Fristad publishes only what is inside the site directory");
        assertEquals(4, errors.size(), String.join("\n", errors));
        assertFalse(Files.exists(site.out()));

        // without the links out, a link to a file inside the site is published as a copy
        Files.delete(siteDir.resolve("content/sv/passwd.txt"));
        Files.delete(siteDir.resolve("content/sv/mapp"));
        Files.delete(siteDir.resolve("content/sv/borta.png"));
        Files.delete(siteDir.resolve("assets/x.css"));
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        assertEquals("inside", site.read("kopia.txt"));
        assertFalse(Files.isSymbolicLink(site.out().resolve("kopia.txt")), "the site holds the file, not a link");
    }

    @Test
    void svgPicturesThatRunCodeOrLoadFromOtherHostsAreErrors() {
        TestSite site = site().write("content/sv/bild.svg", String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">",
                "  <script>alert(1)</script>",
                "  <rect width=\"10\" height=\"10\" onclick=\"alert(2)\" fill=\"url(https://spy.example/g.svg#g)\"/>",
                "  <a xlink:href=\"javascript:alert(3)\"><text>x</text></a>",
                "  <image href=\"https://spy.example/pixel.png\"/>",
                "  <a href=\"https://www.kvinnofridslinjen.se/\"><text>en vanlig länk</text></a>",
                "  <style>",
                "    @import url(\"https://spy.example/f.css\");",
                "  </style>",
                "</svg>"))
                .write("content/sv/ren.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 2\"><circle cx=\"1\" cy=\"1\" r=\"1\" fill=\"url(#g)\"/></svg>");
        List<String> errors = site.errors(site.build());
        assertHas(errors, "content/sv/bild.svg:3:3: <script> in an SVG picture can run code or embed a page — save the picture without it"
                + " (in your drawing program: export as plain SVG), or as PNG");
        assertHas(errors, "content/sv/bild.svg:4:32: event handler onclick= in an SVG picture runs code — remove the attribute, or save the picture as PNG");
        assertHas(errors, "content/sv/bild.svg:4:51: the SVG picture loads https://spy.example/g.svg#g from another host — nothing may load"
                + " from another host (it tells that host who visits): put what it shows into the picture itself");
        assertHas(errors, "content/sv/bild.svg:5:6: xlink:href=\"javascript:alert(3)\" in an SVG picture runs a script — remove the attribute,"
                + " or save the picture as PNG");
        assertHas(errors, "content/sv/bild.svg:6:10: the SVG picture loads https://spy.example/pixel.png from another host — nothing may load"
                + " from another host (it tells that host who visits): put what it shows into the picture itself");
        assertHas(errors, "content/sv/bild.svg:9:1: the SVG picture loads https://spy.example/f.css from another host — nothing may load"
                + " from another host (it tells that host who visits): put what it shows into the picture itself");
        assertEquals(6, errors.size(), "the plain SVG and the ordinary link are fine:\n" + String.join("\n", errors));
    }

    @Test
    void theThemesOwnSvgIconsPass() throws Exception {
        TestSite site = site();
        Build.Result r = site.build();
        assertTrue(r.ok(), () -> String.join("\n", site.errors(r)));
        assertTrue(Files.readString(site.out().resolve(site.assets() + "icons/call.svg"), StandardCharsets.UTF_8).contains("<svg"));
    }
}
