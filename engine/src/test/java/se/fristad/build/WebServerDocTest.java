package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fristad.render.SecurityPolicy;

/**
 * docs/webbserver.md, the page for the municipality's IT department, says what the build does: its headers are the
 * engine's policy, its Apache example is the .htaccess a build writes for the site it describes, and its nginx block
 * sends the same headers (NginxServeIT serves that block). README points to it instead of keeping a copy.
 */
class WebServerDocTest {
    private static final Path ROOT = Paths.get(System.getProperty("fristad.root", ".")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static String doc() throws IOException {
        return Files.readString(ROOT.resolve("docs/webbserver.md"), StandardCharsets.UTF_8);
    }

    /** The body of the first fenced block of {@code lang} after {@code heading}. */
    private static String block(String doc, String heading, String lang) {
        int at = doc.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "docs/webbserver.md has " + heading);
        Matcher m = Pattern.compile("(?s)\\n```" + lang + "\\n(.*?)\\n```\\n").matcher(doc);
        assertTrue(m.find(at), heading + " has a ```" + lang + " block");
        return m.group(1);
    }

    @Test
    void theHeadersAreTheEnginesPolicy() throws IOException {
        String doc = doc();
        List<String> expected = new ArrayList<>();
        SecurityPolicy.headers().forEach((k, v) -> expected.add(k + ": " + v));
        assertEquals(String.join("\n", expected), block(doc, "## Säkerhetsrubrikerna", "text"));

        Map<String, String> nginx = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*add_header (\\S+) \"([^\"]*)\" always;").matcher(block(doc, "## nginx", "nginx"));
        while (m.find()) {
            nginx.put(m.group(1), m.group(2));
        }
        assertEquals(SecurityPolicy.headers(), nginx, "the nginx block's headers");
    }

    @Test
    void theApacheExampleIsWhatTheBuildWrites() throws IOException {
        TestSite s = new TestSite(tmp, "title: T\nlanguages: [sv, {code: lattlast, name: Lättläst, lang: sv, easyRead: true}, en]\n")
                .page("sv/index.md", "Start", "Hej.");
        assertTrue(s.build().ok());
        String built = String.join("\n", s.read(".htaccess").lines().filter(l -> !l.startsWith("#")).toList());
        assertEquals(built, block(doc(), "## Apache", "apache"),
                "the example is the .htaccess of a site in Swedish, lättläst and English at the server's top, without its comments");
    }

    @Test
    void readmePointsToTheDocAndTheOtherEngineersSectionIsThere() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("docs/webbserver.md"), "README points to docs/webbserver.md");
        assertFalse(readme.contains("```nginx"), "README keeps no copy of the nginx block: the tested one is in docs/webbserver.md");
        assertTrue(doc().contains("\n## Publicera och kontrollera\n"), "the section fristad publish and verify fill in");
    }
}
