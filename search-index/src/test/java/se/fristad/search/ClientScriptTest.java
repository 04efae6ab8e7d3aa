package se.fristad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** The published client: comment lines out, code and licence notices in, within the download budget. */
class ClientScriptTest {
    @Test
    void commentLinesGoCodeAndNoticesStay() {
        String src = "/* what this does\n   more */\n(function () {\n  // a note\n  var a = '//not a comment'; // trailing stays\n"
                + "  /* one line */\n  return a; /* after code stays */\n})();\n/* (c) 2001 Someone; BSD-3-Clause */\n";
        assertEquals("(function () {\n  var a = '//not a comment'; // trailing stays\n  return a; /* after code stays */\n})();\n"
                + "/* (c) 2001 Someone; BSD-3-Clause */\n", ClientScript.shipped(src));
        String template = "var t = `\n// inside a template\n`;\n";
        assertEquals(template, ClientScript.shipped(template), "a template literal is left alone");
        assertTrue(ClientScript.isClient("assets/js/search.js") && ClientScript.isClient("assets/js/search/swedish.js"));
        assertTrue(!ClientScript.isClient("assets/js/fristad.js") && !ClientScript.isClient("assets/js/search/LICENSE-snowball.txt"));
    }

    @Test
    void theClientScriptStaysWithinItsBudget() throws Exception {
        String shipped = ClientScript.shipped(Files.readString(Path.of("src/main/js/search.js")));
        var bos = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos) {
            {
                def.setLevel(9);
            }
        }) {
            gz.write(shipped.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        // README "Budget": the client script ≤ 8 KB gzipped (a byte count, not a timing)
        assertTrue(bos.size() <= 8 * 1024, "search.js as published: " + bos.size() + " bytes gzipped");
    }
}
