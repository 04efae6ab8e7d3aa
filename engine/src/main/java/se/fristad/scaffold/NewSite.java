package se.fristad.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import se.fristad.model.Slugs;

/**
 * {@code fristad new site}: a complete site for one or more municipalities. The national pages come from the
 * default site packed in the jar (one text for both, see {@link DefaultSite}), adapted by {@link NationalText};
 * the municipality gets site.yml, a page on its social services without invented numbers, and TODO markers
 * where only its staff know the facts.
 */
public final class NewSite {
    /**
     * The national pages a new site gets, below content/&lt;lang&gt;/, in every chosen language the default site
     * has them in. Other municipalities' pages (their services, the plans) are not on the list.
     */
    public static final List<String> NATIONAL_PAGES = List.of(
            "index.md",
            "fa-hjalp-nu.md",
            "hjalp-och-stod/index.md",
            "hjalp-och-stod/112.md",
            "hjalp-och-stod/polisen.md",
            "hjalp-och-stod/kvinnofridslinjen.md",
            "hjalp-och-stod/bris.md",
            "hjalp-och-stod/brottsofferjouren.md",
            "hjalp-och-stod/1177.md",
            "hjalp-och-stod/socialtjansten.md",
            "former-av-vald/index.md",
            "former-av-vald/fysiskt-vald.md",
            "former-av-vald/psykiskt-vald.md",
            "former-av-vald/sexuellt-vald.md",
            "former-av-vald/ekonomiskt-vald.md",
            "former-av-vald/latent-vald.md",
            "former-av-vald/hedersrelaterat-vald-och-fortryck.md",
            "former-av-vald/digitalt-vald.md",
            "former-av-vald/stalking.md",
            "former-av-vald/barn-som-upplever-vald.md",
            "former-av-vald/vald-i-ungas-relationer.md",
            "former-av-vald/forsummelse.md",
            "former-av-vald/barnaktenskap-och-tvangsaktenskap.md",
            "former-av-vald/konsstympning.md",
            "former-av-vald/sexuell-exploatering-av-barn.md",
            "former-av-vald/prostitution.md",
            "former-av-vald/manniskohandel-for-sexuella-andamal.md",
            "for-barn-och-unga.md",
            "for-anhoriga.md",
            "for-dig-som-utovar-vald.md",
            "dolj-ditt-besok.md",
            "om-webbplatsen/index.md",
            "om-webbplatsen/integritet.md",
            "om-webbplatsen/tillganglighet.md");

    /** A mistake on the command line: the message says what to do. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** What was written. */
    public record Result(int pages, List<String> localPages) {
    }

    private NewSite() {
    }

    /**
     * Writes the site into {@code dir} (created; must be empty if it exists).
     *
     * @param municipalities one or more names, as the municipality writes its own name (Kiruna, Härnösand)
     * @param languages codes, the source language sv first; empty for every language of the default site
     * @param url the address the site will be published at ({@code baseURL}), or empty: then site.yml says TODO
     */
    public static Result create(Path dir, List<String> municipalities, List<String> languages, String url, LocalDate today)
            throws UsageException, IOException {
        String baseUrl = url == null ? "" : url.strip();
        if (!baseUrl.isEmpty()) {
            java.util.Optional<String> wrong = se.fristad.config.SiteConfig.baseUrlProblem(baseUrl);
            if (wrong.isPresent()) {
                throw new UsageException("--url must be the address the site will be published at: " + wrong.get()
                        + " — write the site's full address, e.g. --url https://stod.kommun.se (or https://www.kommun.se/stod),"
                        + " or leave --url out and write baseURL: in site.yml later");
            }
            baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(dir + " is a file — give the name of a new, empty folder");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new UsageException(dir + " is not empty — give the name of a new, empty folder, e.g. fristad new site "
                            + dir.resolveSibling(dir.getFileName() + "-ny") + " --municipality " + municipalities.get(0));
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (String m : municipalities) {
            String name = m.strip();
            if (name.isEmpty() || name.contains(",")) {
                throw new UsageException("--municipality needs one name at a time, not \"" + m + "\" — write --municipality Kiruna --municipality Gällivare");
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(" kommun")) {
                name = name.substring(0, name.length() - " kommun".length()).strip();
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        List<Object> entries = languageEntries(languages);

        // Which pages the site has, per language, so links to the rest can be dropped.
        List<String> codes = entries.stream().map(DefaultSite::code).toList();
        List<String> others = new ArrayList<>(DefaultSite.municipalities());
        others.removeAll(names);
        Set<String> pages = new LinkedHashSet<>(NATIONAL_PAGES);
        List<String> local = new ArrayList<>();
        for (String name : names) {
            String page = "hjalp-och-stod/socialtjansten-" + Slugs.slugify(name) + ".md";
            pages.add(page);
            local.add("content/sv/" + page);
        }
        NationalText adapter = new NationalText(others, pages);

        Files.createDirectories(dir);
        int written = 0;
        // a translation up to date with the default site's original stays up to date with the adapted original
        Map<String, String[]> fingerprints = new java.util.HashMap<>(); // page → {default original's, adapted original's}
        for (String code : codes) {
            for (String page : NATIONAL_PAGES) {
                var text = DefaultSite.read("content/" + code + "/" + page);
                if (text.isPresent()) {
                    String adapted = adapter.adapt(page, text.get());
                    if (code.equals(codes.get(0))) {
                        fingerprints.put(page, new String[] {se.fristad.load.Facts.fingerprint(text.get()), se.fristad.load.Facts.fingerprint(adapted)});
                    } else if (fingerprints.containsKey(page) && fingerprints.get(page)[0].equals(Translations.recorded(adapted))) {
                        adapted = Translations.withFingerprint(adapted, fingerprints.get(page)[1]);
                    }
                    write(dir.resolve("content").resolve(code).resolve(page), adapted);
                    written++;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            write(dir.resolve(local.get(i)), localPage(names.get(i), 20 + i, today));
            written++;
        }
        write(dir.resolve("site.yml"), siteYml(names, entries, baseUrl, today));
        return new Result(written, local);
    }

    private static List<Object> languageEntries(List<String> languages) throws UsageException {
        List<Object> all = DefaultSite.languages();
        if (languages.isEmpty()) {
            return all;
        }
        List<String> codes = new ArrayList<>();
        for (String l : languages) {
            String code = l.strip();
            if (!code.isEmpty() && !codes.contains(code)) {
                codes.add(code);
            }
        }
        if (!codes.contains("sv")) {
            throw new UsageException("--languages must include sv: the pages are written in Swedish first and translated from it — e.g. --languages sv,en,ar");
        }
        codes.remove("sv");
        codes.add(0, "sv");
        List<Object> out = new ArrayList<>();
        for (String code : codes) {
            Object entry = code;
            for (Object e : all) {
                if (DefaultSite.code(e).equals(code)) {
                    entry = e;
                }
            }
            if (!code.matches("[a-z][a-z0-9-]*")) {
                throw new UsageException("\"" + code + "\" is not a language code — write codes separated by commas, e.g. --languages sv,en,ar");
            }
            out.add(entry);
        }
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A {@code languages:} entry as YAML flow: a code, or {code: …, name: …}. */
    private static String flow(Object entry) {
        if (entry instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                parts.add(e.getKey() + ": " + e.getValue());
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(entry);
    }

    static String siteYml(List<String> names, List<Object> languages, String baseUrl, LocalDate today) {
        String owner = names.size() == 1 ? names.get(0) + " kommun"
                : String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
        StringBuilder y = new StringBuilder();
        y.append("# Webbplatsen om våld i nära relationer för ").append(owner).append(".\n");
        y.append("# Det som bara ni vet är markerat med ett ord i versaler. `check` varnar för varje sådan rad tills den är ifylld.\n");
        y.append("title: Stöd vid våld i nära relationer – ").append(owner).append('\n');
        y.append("# Adressen där webbplatsen publiceras. Med den hittar sökmotorerna varje sida på rätt språk (sitemap.xml).\n");
        if (baseUrl.isEmpty()) {
            y.append("# TODO: skriv webbplatsens adress, till exempel baseURL: https://stod.kommun.se\n");
        } else {
            y.append("baseURL: ").append(baseUrl).append('\n');
        }
        y.append("languages:\n");
        for (Object l : languages) {
            y.append("  - ").append(flow(l)).append('\n');
        }
        y.append("municipalities: [").append(String.join(", ", names)).append("]\n");
        y.append("# Dit knappen \"Lämna sidan\" leder: en neutral webbplats (här SMHI:s väder).\n");
        y.append("exitURL: https://www.smhi.se/\n");
        y.append("\n");
        y.append("# Tillgänglighetsredogörelsen (lagen om tillgänglighet till digital offentlig service).\n");
        y.append("accessibility:\n");
        y.append("  page: om-webbplatsen/tillganglighet.md\n");
        y.append("  organisation: ").append(owner).append('\n');
        y.append("  # TODO: skriv e-postadressen eller https-adressen till formuläret dit man anmäler brister i tillgängligheten.\n");
        y.append("  contact: TODO-tillganglighet@example.invalid\n");
        y.append("  compliance: partial\n");
        y.append("  shortcomings:\n");
        y.append("    - problem: \"TODO: skriv vad på webbplatsen som inte är tillgängligt, till exempel att sidor är maskinöversatta.\"\n");
        y.append("      alternative: \"TODO: skriv hur man kan få innehållet på annat sätt, till exempel genom att ringa kommunen.\"\n");
        y.append("  # TODO: skriv self om ni granskade webbplatsen själva, annars namnet på den som granskade den.\n");
        y.append("  assessedBy: self\n");
        y.append("  # TODO: datumet då webbplatsen granskades.\n");
        y.append("  assessedOn: ").append(today).append('\n');
        y.append("  # TODO: datumet då ni skrev redogörelsen.\n");
        y.append("  statementDate: ").append(today).append('\n');
        y.append("\n");
        y.append("# Vart `publish` skickar webbplatsen: adressen som IT ger er (aldrig ett lösenord). Se docs/redaktorer.md, avsnitt 14.\n");
        y.append("# publishTo: sftp://användare@webbserver/var/www/stod\n");
        return y.toString();
    }

    static String localPage(String name, int order, LocalDate today) {
        return "---\n"
                + "title: Socialtjänsten i " + name + "\n"
                + "summary: Socialtjänsten i " + name + " kan ge stöd till dig som utsätts för våld av någon som står dig nära, till barn som upplever våld och till dig som vill sluta använda våld.\n"
                + "type: support\n"
                + "order: " + order + "\n"
                + "reviewed: " + today + "\n"
                + "audience: [adults, children, relatives, perpetrators]\n"
                + "area: [" + name + "]\n"
                + "# TODO: skriv numret till kommunens växel eller socialtjänsten, så som det står på kommunens webbplats:\n"
                + "# phones:\n"
                + "#   - number: (numret, bara siffror, mellanslag och bindestreck)\n"
                + "#     label: Växeln\n"
                + "# TODO: skriv när man kan ringa, till exempel hours: Vardagar.\n"
                + "---\n"
                + "\n"
                + "## Ring kommunen och fråga efter socialtjänsten\n"
                + "\n"
                + "Ring " + name + " kommuns växel och be att få prata med socialtjänsten. Säg att det gäller våld i en nära relation. "
                + "Numret till växeln finns på kommunens webbplats.\n"
                + "\n"
                + "Är det akut, eller är det kväll eller helg? Ring [112](112.md).\n"
                + "\n"
                + "## Det här kan socialtjänsten hjälpa till med\n"
                + "\n"
                + "- Samtal om det du har varit med om.\n"
                + "- Hjälp att planera för din säkerhet.\n"
                + "- Hjälp med ett tryggt boende, om du inte kan bo kvar hemma.\n"
                + "- Stöd till barn som har upplevt våld.\n"
                + "- Stöd till dig som har använt våld och vill sluta.\n"
                + "\n"
                + "Du kan också läsa om [socialtjänsten i hela Sverige](socialtjansten.md).\n";
    }
}
