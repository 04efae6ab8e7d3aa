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
            text = translation(Files.readString(original, StandardCharsets.UTF_8));
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
        Object langs = config(site).get("languages");
        if (langs instanceof List<?> l && !l.isEmpty()) {
            return DefaultSite.code(l.get(0));
        }
        return null;
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

    /** The original with translation: machine after its title, and a note on what to do. */
    static String translation(String original) {
        String[] lines = original.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inFront = lines.length > 0 && lines[0].equals("---");
        boolean added = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inFront && i > 0 && line.startsWith("translation:")) {
                continue;
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
            if (inFront && !added && line.startsWith("title:")) {
                out.append("# Översätt title, summary och texten nedan. Står det translation: machine visar sidan att den är maskinöversatt.\n");
                out.append("# När en människa har granskat översättningen: skriv translation: reviewed.\n");
                out.append("translation: machine\n");
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
                f.append("# phones:\n");
                f.append("#   - number: 020-50 50 50\n");
                f.append("#     label: Stödtelefon\n");
                f.append("# chat: https://www.example.se/chatt\n");
                f.append("# email: namn@example.se\n");
                f.append("# sms: Skriv ett sms till numret ovan.\n");
                f.append("# hours: Vardagar.\n");
                f.append("# audience: [adults, relatives]\n");
                f.append("# cost: Det kostar ingenting.\n");
                f.append("# anonymity: Du behöver inte säga vem du är.\n");
                f.append("# languages: Svenska; tolk kan ordnas.\n");
                f.append(municipalities.isEmpty() ? "# area: national\n" : "# area: [" + municipalities.get(0) + "]\n");
                f.append("# website: https://www.example.se\n");
                f.append("# pictogram: shelter\n");
                body = "## Vad " + title + " gör\n\nSkriv med korta meningar vem som kan få hjälp och hur.\n\n"
                        + "## Så kontaktar du " + title + "\n\nSkriv vad som händer när man ringer eller skriver.\n";
            }
            case "definition" -> {
                f.append("# term: ").append(title.toLowerCase(Locale.ROOT)).append('\n');
                f.append("# aliases: [ett annat ord, en förkortning]\n");
                body = "Skriv vad ordet betyder, med en eller två korta meningar.\n";
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
                body = "Skriv med egna ord vad planen handlar om.\n";
            }
            default -> body = "## Första rubriken\n\nSkriv texten här, med korta meningar.\n";
        }
        f.append("---\n\n").append(body);
        return f.toString();
    }
}
