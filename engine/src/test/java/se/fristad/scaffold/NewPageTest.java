package se.fristad.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.build.TestSite;
import se.fristad.load.FrontMatter;
import se.fristad.load.Plan;
import se.fristad.load.Support;
import se.fristad.scaffold.NewSiteTest.Run;

/** {@code fristad new page}: every type passes check as written; a page under another language starts a translation. */
class NewPageTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return new TestSite(tmp, "title: T\nlanguages: [sv, en]\nmunicipalities: [Exempelby]\nbaseURL: https://stod.exempelby.example\n").page("sv/index.md", "Hem", "x");
    }

    @Test
    void everyTypePassesCheckWithEveryOptionalKeyAsAComment() throws IOException {
        site();
        for (String type : NewPage.TYPES) {
            Path file = tmp.resolve("content/sv/stod/ny-" + type + ".md");
            Run r = NewSiteTest.run("new", "page", file.toString(), "--type", type);
            assertEquals(0, r.code(), r.err());
            String text = Files.readString(file);
            assertTrue(text.startsWith("---\ntitle: Ny " + type + "\n"), text);
            List<String> keys = new java.util.ArrayList<>(FrontMatter.KEYS);
            keys.remove("title");
            keys.remove("translation"); // only for translations
            keys.remove("translatedFrom");
            keys.remove("type");
            if (type.equals("support")) {
                keys.addAll(Support.KEYS);
            } else if (type.equals("plan")) {
                keys.addAll(Plan.KEYS);
                keys.remove("municipality");
                assertTrue(text.contains("\nmunicipality: Exempelby\n"), text);
            } else if (type.equals("definition")) {
                keys.addAll(List.of("term", "aliases"));
            }
            for (String key : keys) {
                assertTrue(Pattern.compile("(?m)^(# )?" + key + ":").matcher(text).find(), type + " has no example of " + key + ":\n" + text);
            }
            assertEquals(!type.equals("page"), text.contains("\ntype: " + type + "\n"), text);
            for (String line : text.split("\n")) {
                assertFalse(line.matches("[^#]*\\S\\s+#.*"), "a # after a value: " + line);
            }
        }
        Run check = NewSiteTest.run("check", "--site", tmp.toString());
        assertEquals(0, check.code(), check.err());
        // an untouched page is not done: what the template wrote is a TODO in every type, never a real fact
        for (String type : NewPage.TYPES) {
            assertTrue(check.err().contains("content/sv/stod/ny-" + type + ".md:"), type + ": " + check.err());
        }
        for (String line : check.err().strip().split("\n")) {
            assertTrue(line.contains(": warning: not filled in yet: TODO"), "only TODOs: " + line);
        }
        assertTrue(check.out().strip().matches("(?s).*No errors \\([0-9]+ TODOs left\\) in [0-9]+ pages\\."), check.out());
        String support = Files.readString(tmp.resolve("content/sv/stod/ny-support.md"));
        assertEquals(List.of(), se.fristad.load.Facts.scan(support, 100).all(), "no number or address in the support template, not even an example");
        assertFalse(support.contains("example.se") || support.contains("kvinnofridslinjen"), support);
    }

    @Test
    void underAnotherLanguageItStartsATranslation() throws IOException {
        site().page("sv/stod/jouren.md", "Jouren", "## Ring oss\n\nVi svarar.", "type: support", "area: [Exempelby]",
                "phones:", "  - number: 020-50 50 50", "    label: Stödtelefon", "email: jouren@example.org", "reviewed: 2026-11-01");
        Path file = tmp.resolve("content/en/stod/jouren.md");
        Run r = NewSiteTest.run("new", "page", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a translation of"), r.out());
        String text = Files.readString(file);
        assertTrue(text.contains("\ntranslation: machine\n"), text);
        assertTrue(text.matches("(?s).*\ntranslatedFrom: [0-9a-f]{12}\n.*"), "what it is translated from: " + text);
        assertTrue(text.contains("type: support\n") && text.contains("## Ring oss\n\nVi svarar."), text);
        // numbers and addresses come from the original: the starter never holds a copy that could go stale; labels stay
        assertFalse(text.contains("020-50") || text.contains("jouren@") || text.contains("area:"), text);
        assertTrue(text.contains("phones:\n  - label: Stödtelefon\n"), text);
        Run check = NewSiteTest.run("check", "--site", tmp.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("stod/jouren.md   ok copy"), "still the original's text, not a translation: " + check.out());
        assertTrue(Files.readString(file).equals(text), "check writes nothing");
        TestSite built = TestSite.at(tmp);
        assertTrue(built.build().ok());
        String page = built.read("en/stod/jouren/index.html");
        assertTrue(page.contains("<article lang=\"sv\"") && page.contains("not been translated into English yet"),
                "published as the fallback, not as a translation: " + page);
        assertFalse(page.contains("translated by machine"), page);

        // translated: ok, with the original's number and this edition's label
        Files.writeString(file, text.replace("## Ring oss\n\nVi svarar.", "## Call us\n\nWe answer.").replace("label: Stödtelefon", "label: Helpline"));
        assertTrue(NewSiteTest.run("check", "--site", tmp.toString()).out().contains("stod/jouren.md   ok   ok"));
        assertTrue(built.build().ok());
        org.jsoup.nodes.Document en = org.jsoup.Jsoup.parse(built.read("en/stod/jouren/index.html"));
        assertEquals("tel:020505050", en.selectFirst("main a[href^=tel:]").attr("href"));
        assertTrue(en.text().contains("Helpline"), en.text());

        // the original's text changes: the translation is old, and says so to its readers, whatever reviewed says
        Path original = tmp.resolve("content/sv/stod/jouren.md");
        Files.writeString(original, Files.readString(original).replace("Vi svarar.", "Vi svarar dygnet runt."));
        Run old = NewSiteTest.run("check", "--site", tmp.toString());
        assertTrue(old.out().contains("stod/jouren.md   ok  old"), old.out());
        assertTrue(built.build().ok());
        assertTrue(built.read("en/stod/jouren/index.html").contains("The original text has changed since this translation was made"));

        // a person checks it against the new original
        Run done = NewSiteTest.run("translation", "done", file.toString());
        assertEquals(0, done.code(), done.err());
        assertTrue(NewSiteTest.run("check", "--site", tmp.toString()).out().contains("stod/jouren.md   ok   ok"));

        // a typo fixed in the original does not concern the translation
        Files.writeString(original, Files.readString(original).replace("dygnet runt", "dygnet runt, alla dagar"));
        assertTrue(NewSiteTest.run("check", "--site", tmp.toString()).out().contains("stod/jouren.md   ok  old"));
        Run minor = NewSiteTest.run("translation", "minor", original.toString());
        assertEquals(0, minor.code(), minor.err());
        assertTrue(NewSiteTest.run("check", "--site", tmp.toString()).out().contains("stod/jouren.md   ok   ok"), minor.out());
        assertFalse(Files.readString(original).contains("translatedFrom"), "the original is not touched");
    }

    @Test
    void aTranslationWhoseOriginalIsGoneIsAnErrorNamingBoth() {
        site().page("en/stod/gammal.md", "Old", "Text.", "translation: machine");
        Run check = NewSiteTest.run("check", "--site", tmp.toString());
        assertEquals(1, check.code());
        assertTrue(check.err().contains("content/en/stod/gammal.md:1:1: this translation has no original: content/sv/stod/gammal.md"
                + " does not exist (deleted or renamed?) — move content/en/stod/gammal.md to the path of the original's new name,"
                + " or delete it if the original is gone"), check.err());
    }

    @Test
    void refusesToOverwriteAndExplainsATypo() throws IOException {
        site();
        Path file = tmp.resolve("content/sv/index.md");
        String before = Files.readString(file);
        Run r = NewSiteTest.run("new", "page", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("already exists — nothing was changed"), r.err());
        assertEquals(before, Files.readString(file));
        Run typo = NewSiteTest.run("new", "page", tmp.resolve("content/sv/x.md").toString(), "--type", "suport");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("did you mean --type support?"), typo.err());
        assertFalse(Files.exists(tmp.resolve("content/sv/x.md")));
        Run notMd = NewSiteTest.run("new", "page", tmp.resolve("content/sv/x.txt").toString());
        assertEquals(2, notMd.code());
        assertTrue(notMd.err().contains("does not end in .md"), notMd.err());
    }

    @Test
    void titleFromTheFileName() {
        assertEquals("Kvinnojouren i byn", NewPage.title("kvinnojouren-i-byn.md"));
        assertEquals("Sidans rubrik", NewPage.title("index.md"));
    }
}
