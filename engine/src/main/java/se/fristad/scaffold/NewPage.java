package se.fristad.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code fristad new page}: a page with the front matter of its type. Optional keys are there as examples in
 * comments, each on its own line (a {@code #} after a value is not allowed), so the editor removes a {@code #}
 * to use one. Under content/&lt;another language&gt;/, where the original exists, it starts a translation.
 */
public final class NewPage {
    public static final List<String> TYPES = List.of("page", "support", "definition", "plan");

    /** What was written: the file, and the original when it is a translation. */
    public record Result(Path file, Path original) {
    }

    private NewPage() {
    }

    public static Result create(Path file, String type, LocalDate today) throws NewSite.UsageException, IOException {
        if (!TYPES.contains(type)) {
            throw new NewSite.UsageException("--type must be one of " + String.join(", ", TYPES) + ", not \"" + type + "\""
                    + se.fristad.problem.DidYouMean.closest(type, TYPES).map(t -> " — did you mean --type " + t + "?").orElse(""));
        }
        String name = file.getFileName().toString();
        if (!name.endsWith(".md")) {
            throw new NewSite.UsageException(file + " does not end in .md — pages are Markdown files, e.g. " + name + ".md");
        }
        if (Files.exists(file)) {
            throw new NewSite.UsageException(file + " already exists — nothing was changed; open it in your editor, or choose another name");
        }
        Path abs = file.toAbsolutePath().normalize();
        Path site = siteOf(abs);
        Path original = null;
        String text;
        if (site != null) {
            Path rel = site.resolve("content").relativize(abs);
            String lang = rel.getName(0).toString();
            String source = sourceLanguage(site);
            if (rel.getNameCount() > 1 && source != null && !lang.equals(source)) {
                Path candidate = site.resolve("content").resolve(source).resolve(rel.subpath(1, rel.getNameCount()));
                if (Files.isRegularFile(candidate)) {
                    original = candidate;
                }
            }
        }
        if (original != null) {
            String originalText = Files.readString(original, StandardCharsets.UTF_8);
            text = translation(originalText, se.fristad.load.Facts.fingerprint(originalText));
        } else {
            List<String> municipalities = site != null ? municipalities(site) : List.of();
            text = page(title(name), type, municipalities, today);
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        return new Result(file, original);
    }

    /** The site folder around a file: the nearest folder above with site.yml and the file below its content/. */
    static Path siteOf(Path file) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("content") && p.getParent() != null
                    && Files.isRegularFile(p.getParent().resolve("site.yml"))) {
                return p.getParent();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(Path site) {
        try {
            Object o = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(site.resolve("site.yml"), StandardCharsets.UTF_8));
            return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // check reports a broken site.yml; here the page is still written
        }
    }

    private static String sourceLanguage(Path site) {
        List<String> l = languages(site);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The codes of site.yml's languages, the source language first; empty when site.yml cannot be read. */
    static List<String> languages(Path site) {
        List<String> out = new ArrayList<>();
        if (config(site).get("languages") instanceof List<?> l) {
            l.forEach(o -> out.add(DefaultSite.code(o)));
        }
        return out;
    }

    private static List<String> municipalities(Path site) {
        List<String> out = new ArrayList<>();
        if (config(site).get("municipalities") instanceof List<?> l) {
            l.forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }

    /** "kvinnojouren-i-byn.md" → "Kvinnojouren i byn". */
    static String title(String fileName) {
        String base = fileName.substring(0, fileName.length() - 3).replace('-', ' ').replace('_', ' ').strip();
        if (base.equals("index") || base.isEmpty()) {
            return "Sidans rubrik";
        }
        return base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }

    /** Keys a translation takes from its original and must not write: numbers, addresses, whom and where. */
    private static final java.util.regex.Pattern INHERITED = java.util.regex.Pattern.compile("(chat|email|website|area|audience|phones):.*");

    /**
     * The original with translation: machine and the fingerprint of the original after its title, and a note on what
     * to do. The numbers and addresses of a support page are left out: the translation takes them from the original,
     * so they cannot go stale in it; the labels of its phones stay, to be translated.
     */
    static String translation(String original, String fingerprint) {
        String[] lines = original.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inFront = lines.length > 0 && lines[0].equals("---");
        boolean added = false;
        boolean inherited = false; // inside a key left out, or its indented block
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inFront && i > 0 && (line.equals("---") || line.equals("..."))) {
                inFront = false;
                inherited = false;
                if (!labels.isEmpty()) {
                    out.append("# Telefonnumren kommer från originalet. Översätt bara etiketterna, i samma ordning.\n");
                    out.append("phones:\n");
                    labels.forEach(l -> out.append("  - label: ").append(l).append('\n'));
                }
            } else if (inFront && i > 0) {
                boolean indented = line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-");
                if (inherited && indented) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[\\s-]*label:\\s*(.*)$").matcher(line);
                    if (m.matches() && !m.group(1).isBlank()) {
                        labels.add(m.group(1).strip());
                    }
                    continue;
                }
                inherited = INHERITED.matcher(line).matches();
                if (inherited || line.startsWith("translation:") || line.startsWith("translatedFrom:")) {
                    continue;
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
            if (inFront && !added && line.startsWith("title:")) {
                out.append("# Översätt title, summary och texten nedan. Står det translation: machine visar sidan att den är maskinöversatt.\n");
                out.append("# När en människa har granskat översättningen: skriv translation: reviewed.\n");
                out.append("# translatedFrom säger vilken version av originalet du översätter. Ändras originalet visar sidan det.\n");
                out.append("# När du har kontrollerat översättningen mot originalet: java -jar fristad.jar translation done DEN-HÄR-FILEN\n");
                out.append("translation: machine\n");
                out.append("translatedFrom: ").append(fingerprint).append('\n');
                added = true;
            }
        }
        return out.toString();
    }

    static String page(String title, String type, List<String> municipalities, LocalDate today) {
        StringBuilder f = new StringBuilder("---\n");
        f.append("title: ").append(title).append('\n');
        f.append("# Ta bort # framför en rad för att använda den. Skriv aldrig # efter ett värde på samma rad.\n");
        f.append("# summary: En mening om vad sidan handlar om. Den visas i listor och sökträffar.\n");
        if (!type.equals("page")) {
            f.append("type: ").append(type).append('\n');
        }
        f.append("# order: 5\n");
        f.append("# slug: kortare-adress\n");
        f.append("# reviewed: ").append(today).append('\n');
        f.append("# draft: true\n");
        f.append("# layout: finder\n");
        f.append("# glossary: false\n");
        String body;
        switch (type) {
            case "support" -> {
                // never a real service's facts: an example number would be published as this service's
                f.append("# Skriv tjänstens egna uppgifter. Ta bort # framför det som finns, och ta bort ordet TODO.\n");
                f.append("# phones:\n");
                f.append("#   - number: TODO tjänstens telefonnummer, bara siffror, mellanslag och bindestreck\n");
                f.append("#     label: TODO vad numret är till, till exempel Stödtelefon\n");
                f.append("# chat: TODO https-adressen till tjänstens chatt\n");
                f.append("# email: TODO tjänstens e-postadress\n");
                f.append("# sms: TODO hur man når tjänsten med sms\n");
                f.append("hours: TODO när tjänsten är öppen (fråga tjänsten, gissa aldrig)\n");
                f.append("# audience: [TODO adults, children, perpetrators, relatives eller professionals]\n");
                f.append("cost: TODO vad det kostar\n");
                f.append("# anonymity: TODO om man måste säga vem man är\n");
                f.append("# languages: TODO vilka språk tjänsten talar\n");
                f.append(municipalities.isEmpty() ? "area: national\n" : "area: [" + municipalities.get(0) + "]\n");
                f.append("# website: TODO https-adressen till tjänstens webbplats\n");
                f.append("# pictogram: shelter\n");
                body = "## Vad " + title + " gör\n\nTODO Skriv med korta meningar vem som kan få hjälp och hur.\n\n"
                        + "## Så kontaktar du " + title + "\n\nTODO Skriv vad som händer när man ringer eller skriver.\n";
            }
            case "definition" -> {
                f.append("# term: ").append(title.toLowerCase(Locale.ROOT)).append('\n');
                f.append("# aliases: [ett annat ord, en förkortning]\n");
                body = "TODO Skriv vad ordet betyder, med en eller två korta meningar.\n";
            }
            case "plan" -> {
                f.append(municipalities.isEmpty() ? "# municipality: Kommunens namn, som i site.yml\n"
                        : "municipality: " + municipalities.get(0) + "\n");
                f.append("# document: \"Planens egen titel\"\n");
                f.append("# adopted: \"Vem som antog planen och när\"\n");
                f.append("# period: 2026–2029\n");
                f.append("# followUp: \"Hur och när planen följs upp\"\n");
                f.append("# goals:\n");
                f.append("#   - id: \"1\"\n");
                f.append("#     name: Förebyggande arbete\n");
                f.append("# actions:\n");
                f.append("#   - id: \"Åtgärd 1:1\"\n");
                f.append("#     goal: \"1\"\n");
                f.append("#     what: Vad som ska göras\n");
                f.append("#     responsible: [Socialnämnden]\n");
                f.append("#     level: [universal]\n");
                f.append("#     period: 2026–2027\n");
                f.append("#     indicators: [Vad som mäts]\n");
                f.append("#     themes: [prevention]\n");
                body = "TODO Skriv med egna ord vad planen handlar om.\n";
            }
            default -> body = "## Första rubriken\n\nTODO Skriv texten här, med korta meningar.\n";
        }
        f.append("---\n\n").append(body);
        return f.toString();
    }
}
