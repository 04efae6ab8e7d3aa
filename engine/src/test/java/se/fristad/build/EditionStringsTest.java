package se.fristad.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition without strings of its own — Kiruna's North Sami before a translator delivers — is published honestly in
 * the source language: Swedish buttons and notices (never English, never machine-written North Sami), marked as
 * Swedish for screen readers, and a notice that names the edition's own language.
 */
class EditionStringsTest {
    @TempDir
    Path tmp;

    @Test
    void anEditionWithoutStringsShowsTheSourceLanguagesAndNamesItself() {
        TestSite s = new TestSite(tmp, "title: Kiruna\nlanguages: [sv, en, {code: se, name: Davvisámegiella}]\n")
                .page("sv/index.md", "Hem", "Välkommen.")
                .page("sv/stod.md", "Stöd", "Här finns stöd.")
                .page("se/index.md", "Ruoktu", "Bures boahtin.", "translation: reviewed");
        assertTrue(s.build().ok());
        Document fallback = Jsoup.parse(s.read("se/stod/index.html"));
        assertEquals("sv", fallback.selectFirst("html").attr("lang"), "the page's own words are Swedish");
        assertEquals("Lämna sidan", fallback.selectFirst("a.exit-button").text());
        assertTrue(fallback.text().contains("Den här sidan är inte översatt till Davvisámegiella ännu."), fallback.text());
        assertFalse(fallback.text().contains("Leave this page") || fallback.text().contains("has not been translated"), fallback.text());
        assertTrue(fallback.select("nav.languages a").eachText().contains("Davvisámegiella"));
        Document own = Jsoup.parse(s.read("se/index.html"));
        assertEquals("se", own.selectFirst("main article").attr("lang"), "a page a translator wrote is marked North Sami");
        Document en = Jsoup.parse(s.read("en/stod/index.html"));
        assertEquals("en", en.selectFirst("html").attr("lang"), "an edition with strings keeps its own");
        assertTrue(en.text().contains("This page has not been translated into English yet."), en.text());
    }
}
