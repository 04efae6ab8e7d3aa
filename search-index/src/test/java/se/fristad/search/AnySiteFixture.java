package se.fristad.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small site written by hand, as any generator might write it: no Fristad templates, folders with index.html. */
public final class AnySiteFixture {
    private AnySiteFixture() {
    }

    /** Writes the site into {@code dir}: three Swedish pages, two English ones, one without a language. */
    public static Path write(Path dir) throws IOException {
        page(dir, "index.html", "sv-SE", "Start",
                "<header><nav><a href=\"om/\">Om oss</a> <a href=\"en/\">English</a></nav></header>"
                        + "<main><h1>Välkommen</h1><p>Kvinnofridslinjen hjälper den som utsätts för våld i nära relationer.</p>"
                        + "<div data-fristad-search></div></main>", "search/fristad-search.js");
        page(dir, "om/index.html", "sv", "Om oss",
                "<main><h1>Om föreningen</h1><h2>Våra relationer</h2><p>Föreningen arbetar mot tvångsäktenskap och"
                        + " barnäktenskap och stöder den som har utsatts.</p>"
                        + "<p data-fristad-ignore>Ett ord som inte ska hittas: zebrafink.</p></main>", null);
        page(dir, "stod/jourer.html", "sv", "Jourer",
                "<main><h1>Kvinnojourer och tjejjourer</h1><p>Kvinnojourer ger stöd till kvinnor som har utsatts för våld."
                        + " Föreningens jourer svarar i telefon.</p></main>", null);
        page(dir, "en/index.html", "en-GB", "Home",
                "<main><h1>Support for victims</h1><p>The helpline supports people who are abused by a partner.</p>"
                        + "<div data-fristad-search></div></main>", "../search/fristad-search.js");
        page(dir, "en/shelters/index.html", "en", "Shelters",
                "<main><h1>Women's shelters</h1><p>Shelters support women and children who have been abused.</p></main>", null);
        Files.writeString(dir.resolve("nolang.html"), "<!doctype html><html><head><meta charset=\"utf-8\"><title>Utan språk</title>"
                + "</head><body><main><h1>Utan språk</h1><p>Sidan saknar språk.</p></main></body></html>");
        return dir;
    }

    private static void page(Path dir, String path, String lang, String title, String body, String script) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + (script == null ? "" : "<script src=\"" + script + "\" defer></script>")
                + "</head><body>" + body + "</body></html>");
    }
}
