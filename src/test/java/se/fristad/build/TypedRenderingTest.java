package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Support, definition and plan pages and the finder, actions, plans and glossary layouts, as a reader gets them. */
class TypedRenderingTest {
    @TempDir
    Path tmp;

    @Test
    void fixtureBuilds() {
        TestSite site = TypedFixture.write(tmp);
        Build.Result r = site.build();
        assertEquals(List.of(), site.errors(r));
        for (String f : new String[] {"en/hjalp-och-stod/kvinnofridslinjen/index.html", "ar/hjalp-och-stod/index.html", "planer/index.html", "ar/planer/alla-atgarder/index.html", "ordlista/index.html", "planer/umea/index.html", "begrepp/hedersvald/index.html"}) {
            String h = site.read(f);
            System.out.println("=== " + f + "\n" + h.substring(h.indexOf("<main"), h.indexOf("</main>")));
        }
    }
}
