package se.fristad.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.cli.Main;

/** {@code fristad new site} on a fresh folder: a site that builds at once, names only its own municipality. */
class NewSiteTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void everyLanguageBuildsWithNoErrorsAndOnlyTheTodosAsWarnings() throws IOException {
        Path site = tmp.resolve("exempelby");
        Run made = run("new", "site", site.toString(), "--municipality", "Exempelby");
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("serve --site " + site), made.out());

        String yml = Files.readString(site.resolve("site.yml"));
        assertTrue(yml.contains("title: Stöd vid våld i nära relationer – Exempelby kommun\n"), yml);
        assertTrue(yml.contains("municipalities: [Exempelby]\n"), yml);
        assertTrue(yml.contains("exitURL: https://"), yml);
        assertTrue(yml.contains("  organisation: Exempelby kommun\n"), yml);
        // no address given: a TODO where baseURL belongs, and no invented address
        assertTrue(yml.contains("\n# TODO: skriv webbplatsens adress, till exempel baseURL: https://stod.kommun.se\n"), yml);
        assertFalse(Pattern.compile("(?m)^baseURL:").matcher(yml).find(), yml);
        for (String lang : List.of("sv", "lattlast", "en", "ar", "fa", "so", "ti", "fi", "uk")) {
            assertTrue(Files.isRegularFile(site.resolve("content/" + lang + "/index.md")), lang);
            assertTrue(Files.isRegularFile(site.resolve("content/" + lang + "/om-webbplatsen/tillganglighet.md")), lang);
            assertTrue(Files.isRegularFile(site.resolve("content/" + lang + "/dolj-ditt-besok.md")), lang);
        }
        for (String page : List.of("fa-hjalp-nu.md", "hjalp-och-stod/index.md", "hjalp-och-stod/kvinnofridslinjen.md",
                "hjalp-och-stod/bris.md", "former-av-vald/index.md", "for-barn-och-unga.md", "om-webbplatsen/index.md")) {
            assertTrue(Files.isRegularFile(site.resolve("content/sv/" + page)), page);
            assertTrue(Files.isRegularFile(site.resolve("content/en/" + page)), page);
        }
        // No other municipality's content: no plans, no local services, not even their names.
        assertFalse(Files.exists(site.resolve("content/sv/planer")));
        Pattern others = Pattern.compile("Kiruna|Härnösand|Umeå|Södertälje|Kalmar|fem kommun|five municipalities");
        for (Path f : files(site)) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(others.matcher(text).find(), f + " names another municipality: " + others.matcher(text).results().map(r -> r.group()).toList());
        }
        // The local page: the municipality's social services, and no invented number.
        String local = Files.readString(site.resolve("content/sv/hjalp-och-stod/socialtjansten-exempelby.md"));
        assertTrue(local.contains("area: [Exempelby]"), local);
        assertTrue(local.contains("Ring Exempelby kommuns växel"), local);
        assertFalse(Pattern.compile("(?m)^phones:").matcher(local).find(), "no number until staff write it: " + local);
        assertFalse(Pattern.compile("\\d{3}").matcher(local.replaceAll("\\d{4}-\\d{2}-\\d{2}", "").replace("112", "")).find(), local);

        // build succeeds at once: every link resolves (a broken link is an error), every page renders.
        Run built = run("build", "--site", site.toString());
        assertEquals(0, built.code(), built.err());
        assertTrue(Files.isRegularFile(site.resolve("target/site/hjalp-och-stod/socialtjansten-exempelby/index.html")));
        assertTrue(Files.readString(site.resolve("target/site/hjalp-och-stod/index.html")).contains("Socialtjänsten i Exempelby"),
                "the finder lists the local page");

        // check: exit 0, and the warnings are exactly the TODOs and the missing address.
        Run checked = run("check", "--site", site.toString());
        assertEquals(0, checked.code(), checked.err());
        // the translations match their (adapted) originals: none is old, none a mere copy
        assertFalse(Pattern.compile("(?m)^\\S+\\.md .*\\s(old|copy)(\\s|$)").matcher(checked.out()).find(), checked.out());
        List<String> warnings = checked.err().lines().toList();
        assertEquals(11, warnings.size(), checked.err());
        assertTrue(warnings.get(0).matches("\\S+site\\.yml:1:1: warning: no baseURL: .*"), warnings.get(0));
        assertTrue(warnings.get(1).matches("\\S+site\\.yml:5:3: warning: not filled in yet: TODO: skriv webbplatsens adress, till exempel"
                + " baseURL: https://stod.kommun.se — .*"), warnings.get(1));
        for (String w : warnings.subList(1, warnings.size())) {
            assertTrue(w.matches("\\S+(site\\.yml|socialtjansten-exempelby\\.md):\\d+:\\d+: warning: not filled in yet: TODO.*"), w);
        }
        assertTrue(checked.out().strip().endsWith("No errors (1 warning, 10 TODOs left) in " + checked.out().replaceAll("(?s).*in (\\d+) pages\\.\\s*$", "$1") + " pages."),
                checked.out());

        // Filled in, check is silent.
        Files.writeString(site.resolve("site.yml"), yml
                .replace("# TODO: skriv webbplatsens adress, till exempel baseURL: https://stod.kommun.se", "baseURL: https://stod.exempelby.example")
                .replaceAll("(?m)^\\s*# TODO.*\\n", "")
                .replace("TODO-tillganglighet@example.invalid", "tillganglighet@exempelby.se")
                .replace("\"TODO: skriv vad på webbplatsen som inte är tillgängligt, till exempel att sidor är maskinöversatta.\"",
                        "Många sidor är maskinöversatta.")
                .replace("\"TODO: skriv hur man kan få innehållet på annat sätt, till exempel genom att ringa kommunen.\"",
                        "Den svenska texten finns på samma sida."));
        Files.writeString(site.resolve("content/sv/hjalp-och-stod/socialtjansten-exempelby.md"),
                local.replaceAll("(?m)^# TODO.*\\n", ""));
        Run clean = run("check", "--site", site.toString());
        assertEquals(0, clean.code(), clean.err());
        assertEquals("", clean.err());
        assertTrue(clean.out().strip().matches("(?s).*\\nNo problems in \\d+ pages\\."), clean.out());
    }

    @Test
    void theSitesAddressGivesSearchEnginesTheirFiles() throws IOException {
        Path site = tmp.resolve("exempelby");
        Run made = run("new", "site", site.toString(), "--municipality", "Exempelby", "--languages", "sv,en", "--url", "https://www.exempelby.example/stod/");
        assertEquals(0, made.code(), made.err());
        String yml = Files.readString(site.resolve("site.yml"));
        assertTrue(yml.contains("\nbaseURL: https://www.exempelby.example/stod\n"), yml);
        assertFalse(yml.contains("TODO: skriv webbplatsens adress"), yml);
        Run checked = run("check", "--site", site.toString());
        assertEquals(0, checked.code(), checked.err());
        assertFalse(checked.err().contains("baseURL"), checked.err());
        assertTrue(checked.out().strip().matches("(?s).*\\nNo errors \\(9 TODOs left\\) in \\d+ pages\\."), checked.out());
        Run built = run("build", "--site", site.toString());
        assertEquals(0, built.code(), built.err());
        assertTrue(Files.readString(site.resolve("target/site/sitemap.xml")).contains("<loc>https://www.exempelby.example/stod/en/</loc>"));
        assertTrue(Files.readString(site.resolve("target/site/index.html")).contains("<link rel=\"canonical\" href=\"https://www.exempelby.example/stod/\">"));
        assertTrue(Files.readString(site.resolve("target/site/.htaccess")).contains("\n  ErrorDocument 404 /stod/en/404.html\n"));
    }

    @Test
    void chosenLanguagesAndSeveralMunicipalities() throws IOException {
        Path site = tmp.resolve("norr");
        Run made = run("new", "site", site.toString(), "--municipality", "Kiruna", "--municipality", "Gällivare kommun",
                "--languages", "en,sv,ar");
        assertEquals(0, made.code(), made.err());
        String yml = Files.readString(site.resolve("site.yml"));
        assertTrue(yml.contains("languages:\n  - sv\n  - en\n  - ar\nmunicipalities: [Kiruna, Gällivare]\n"), yml);
        assertTrue(yml.contains("title: Stöd vid våld i nära relationer – Kiruna och Gällivare\n"), yml);
        try (Stream<Path> s = Files.list(site.resolve("content"))) {
            assertEquals(List.of("ar", "en", "sv"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.isRegularFile(site.resolve("content/sv/hjalp-och-stod/socialtjansten-kiruna.md")));
        assertTrue(Files.isRegularFile(site.resolve("content/sv/hjalp-och-stod/socialtjansten-gallivare.md")));
        // Kiruna's own page is written anew, not copied from the default site (which has what Kiruna's plan says).
        assertFalse(Files.readString(site.resolve("content/sv/hjalp-och-stod/socialtjansten-kiruna.md")).contains("åtgärdsprogram"));
        Run built = run("build", "--site", site.toString());
        assertEquals(0, built.code(), built.err());
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(site.resolve("mina-anteckningar.txt"), "x");
        Run r = run("new", "site", site.toString(), "--municipality", "Exempelby");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(" is not empty — give the name of a new, empty folder"), r.err());
        assertEquals(1, files(site).size(), "nothing written");
    }

    @Test
    void mistakesOnTheCommandLineAreExplained() {
        Run noSv = run("new", "site", tmp.resolve("a").toString(), "--municipality", "Exempelby", "--languages", "en,ar");
        assertEquals(2, noSv.code());
        assertTrue(noSv.err().contains("--languages must include sv"), noSv.err());
        Run noName = run("new", "site", tmp.resolve("b").toString());
        assertEquals(2, noName.code());
        assertTrue(noName.err().contains("--municipality"), noName.err());
        for (String url : new String[] {"http://stod.exempelby.example", "stod.exempelby.example", "https://"}) {
            Path dir = tmp.resolve("c");
            Run wrongUrl = run("new", "site", dir.toString(), "--municipality", "Exempelby", "--url", url);
            assertEquals(2, wrongUrl.code(), url);
            assertTrue(wrongUrl.err().startsWith("--url must be the address the site will be published at: \"" + url + "\" "), wrongUrl.err());
            assertTrue(wrongUrl.err().contains(" — write the site's full address, e.g. --url https://stod.kommun.se"), wrongUrl.err());
            assertFalse(Files.exists(dir), "nothing written");
        }
        Run typo = run("new", "sit", "x");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("Did you mean: new site?"), typo.err());
        Run option = run("new", "site", "x", "--municipalty", "Exempelby");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("Possible solutions: --municipality"), option.err());
    }

    @Test
    void everyCommandsHelpShowsAnExample() {
        for (String[] cmd : List.of(new String[] {"--help"}, new String[] {"build", "--help"}, new String[] {"check", "--help"},
                new String[] {"serve", "--help"}, new String[] {"search", "--help"}, new String[] {"new", "--help"},
                new String[] {"new", "site", "--help"}, new String[] {"new", "page", "--help"})) {
            Run r = run(cmd);
            assertEquals(0, r.code(), String.join(" ", cmd));
            assertTrue(r.out().contains("Example") && r.out().contains("java -jar fristad.jar "), String.join(" ", cmd) + ":\n" + r.out());
        }
    }
}
