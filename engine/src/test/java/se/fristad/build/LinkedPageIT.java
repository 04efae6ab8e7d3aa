package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Glossary links made in the rendered page (one parse of a page for its links and its search text) give the build
 * that linking each body alone gave: every file of the output the same, byte for byte — the pages with their links
 * and the search index made from their text — on the default site (every edition, every layout), and on a site whose
 * own layout shows the body twice (where the body is linked alone).
 */
class LinkedPageIT {
    private static final String ALONE = "fristad.glossary.alone";

    @TempDir
    Path dir;

    @Test
    void theDefaultSiteIsBuiltAsWhenEachBodyWasLinkedAlone() throws IOException {
        Path root = Path.of(System.getProperty("fristad.root", ".")).toAbsolutePath().normalize();
        // the build of the default site that the package phase made (target/site) is the one made in the page
        int[] counted = sameBothWays(root, se.fristad.testsupport.BuiltSite.dir());
        assertTrue(counted[0] > 700 && counted[1] > 500, counted[0] + " pages, " + counted[1] + " glossary links compared");
    }

    @Test
    void aLayoutThatShowsTheBodyTwiceGetsItLinkedAlone() throws IOException {
        TestSite site = new TestSite(dir.resolve("site"), "title: T\nlanguages: [sv]\n")
                .page("sv/index.md", "Start", "Psykiskt våld nämns på startsidan.")
                .page("sv/psykiskt.md", "Psykiskt våld", "Hot och kränkningar.", "type: definition")
                .page("sv/artikel.md", "Artikel", "Det psykiska våldet och psykiskt våld igen.")
                .write("templates/page.ftlh", """
                        <#import "layout.ftlh" as l>
                        <@l.layout>
                        <h1>${page.title}</h1>
                        ${page.content?no_esc}
                        <aside>${page.content?no_esc}</aside>
                        </@l.layout>
                        """);
        Path inPage = dir.resolve("in-page");
        assertTrue(new Build(site.dir, false).build(inPage).ok());
        int[] counted = sameBothWays(site.dir, inPage);
        assertTrue(counted[1] >= 4, counted[1] + " glossary links compared");
    }

    /**
     * Builds {@code site} with each body linked alone and compares every file with {@code inPage}, its build with
     * the links made in the page; returns the pages and glossary links compared.
     */
    private int[] sameBothWays(Path site, Path inPage) throws IOException {
        Path alone = dir.resolve("alone");
        System.setProperty(ALONE, "true");
        try {
            assertTrue(new Build(site, false).build(alone).ok());
        } finally {
            System.clearProperty(ALONE);
        }
        TreeSet<String> files = new TreeSet<>(list(alone));
        assertEquals(files, new TreeSet<>(list(inPage)), "the same files");
        int pages = 0;
        int links = 0;
        List<String> differ = new ArrayList<>();
        for (String rel : files) {
            byte[] a = Files.readAllBytes(alone.resolve(rel));
            byte[] b = Files.readAllBytes(inPage.resolve(rel));
            if (!Arrays.equals(a, b)) {
                differ.add(rel);
            }
            if (rel.endsWith(".html")) {
                pages++;
                links += new String(b, java.nio.charset.StandardCharsets.UTF_8).split("class=\"term\"", -1).length - 1;
            }
        }
        assertEquals(List.of(), differ, "files that differ");
        assertTrue(files.stream().anyMatch(f -> f.startsWith("search/")), "the search index is compared");
        return new int[] {pages, links};
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
