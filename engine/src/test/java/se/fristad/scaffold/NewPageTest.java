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
        return new TestSite(tmp, "title: T\nlanguages: [sv, en]\nmunicipalities: [Exempelby]\n").page("sv/index.md", "Hem", "x");
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
                assertTrue(Pattern.compile("(?m)^# " + key + ":").matcher(text).find(), type + " has no example of " + key + ":\n" + text);
            }
            assertEquals(!type.equals("page"), text.contains("\ntype: " + type + "\n"), text);
            for (String line : text.split("\n")) {
                assertFalse(line.matches("[^#]*\\S\\s+#.*"), "a # after a value: " + line);
            }
        }
        Run check = NewSiteTest.run("check", "--site", tmp.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals("", check.err());
    }

    @Test
    void underAnotherLanguageItStartsATranslation() throws IOException {
        site().page("sv/stod/jouren.md", "Jouren", "## Ring oss\n\nVi svarar.", "type: support", "area: [Exempelby]",
                "phones: [020-50 50 50]", "reviewed: 2026-11-01");
        Path file = tmp.resolve("content/en/stod/jouren.md");
        Run r = NewSiteTest.run("new", "page", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a translation of"), r.out());
        String text = Files.readString(file);
        assertTrue(text.contains("\ntranslation: machine\n"), text);
        assertTrue(text.contains("type: support\n") && text.contains("## Ring oss\n\nVi svarar."), text);
        Run check = NewSiteTest.run("check", "--site", tmp.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("stod/jouren.md   ok   ok"), check.out());
        assertTrue(Files.readString(file).equals(text), "check writes nothing");
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
