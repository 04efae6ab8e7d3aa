package se.fristad.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fristad.load.Facts;

/**
 * {@code fristad translation done} and {@code fristad translation minor}: what a translation records of its original.
 * A translation's {@code translatedFrom:} is the fingerprint of the original's text it matches; when the original's
 * text changes, the translation is {@code old} (and says so to its readers) until someone checks it ({@code done}),
 * or the original's editor says the change does not concern translations ({@code minor}: a typo).
 */
public final class Translations {
    private static final Pattern TRANSLATED_FROM = Pattern.compile("(?m)^translatedFrom:[^\n]*\n");

    private Translations() {
    }

    /** One file's outcome, in words for the editor. */
    public record Outcome(Path file, boolean changed, String message) {
    }

    /** Where a file stands in its site: the site, the language folder, the path below it. */
    private record Place(Path site, String lang, String rel, String source, List<String> languages) {
        Path in(String code) {
            return site.resolve("content").resolve(code).resolve(rel);
        }
    }

    /** Records that each translation in {@code files} is checked against its original as the original is now. */
    public static List<Outcome> done(List<Path> files) throws NewSite.UsageException, IOException {
        List<Outcome> out = new ArrayList<>();
        for (Path file : files) {
            Place place = place(file);
            if (place.lang().equals(place.source())) {
                throw new NewSite.UsageException(file + " is an original (content/" + place.source() + "/) — name its translations,"
                        + " e.g. content/" + place.languages().get(place.languages().size() > 1 ? 1 : 0) + "/" + place.rel()
                        + "; after a typo fix in the original: fristad translation minor " + file);
            }
            Path original = place.in(place.source());
            if (!Files.isRegularFile(original)) {
                throw new NewSite.UsageException(file + " has no original: content/" + place.source() + "/" + place.rel()
                        + " does not exist — move the translation to the original's path, or delete it");
            }
            String originalText = Files.readString(original, StandardCharsets.UTF_8);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean copy = body(text).isEmpty() ? Facts.fingerprint(text).equals(Facts.fingerprint(originalText))
                    : body(text).equals(body(originalText)); // as SourcePage.isCopyOf
            if (copy) {
                out.add(new Outcome(file, false, file + " is still the original's text: translate it first (it is shown as not translated)"));
                continue;
            }
            String fingerprint = Facts.fingerprint(originalText);
            String updated = withFingerprint(text, fingerprint);
            if (updated.equals(text)) {
                out.add(new Outcome(file, false, file + " was already checked against this version of the original"));
            } else {
                write(file, updated);
                out.add(new Outcome(file, true, file + ": checked against " + original + " as it is now (translatedFrom: " + fingerprint + ")"));
            }
        }
        return out;
    }

    /**
     * The original's latest change does not concern its translations: the translations that were up to date before
     * it (all that are now old record one and the same earlier fingerprint) record the new one. When the old
     * translations record different versions, some were old already; nothing is changed and each is named.
     */
    public static List<Outcome> minor(Path original) throws NewSite.UsageException, IOException {
        Place place = place(original);
        if (!place.lang().equals(place.source())) {
            throw new NewSite.UsageException(original + " is a translation — name the original, content/" + place.source() + "/"
                    + place.rel() + "; when a translation is checked: fristad translation done " + original);
        }
        String fingerprint = Facts.fingerprint(Files.readString(original, StandardCharsets.UTF_8));
        Map<Path, String> old = new LinkedHashMap<>();
        List<Outcome> out = new ArrayList<>();
        for (String code : place.languages()) {
            Path t = place.in(code);
            if (code.equals(place.source()) || !Files.isRegularFile(t)) {
                continue;
            }
            String recorded = recorded(Files.readString(t, StandardCharsets.UTF_8));
            if (recorded == null) {
                out.add(new Outcome(t, false, t + " records no version of the original: when it is checked, fristad translation done " + t));
            } else if (!recorded.equals(fingerprint)) {
                old.put(t, recorded);
            }
        }
        if (old.values().stream().distinct().count() > 1) {
            StringBuilder b = new StringBuilder("The translations of " + original + " were made from different versions of it, so some"
                    + " were old before this change; nothing was changed. Check each and run fristad translation done FILE:");
            old.forEach((t, f) -> b.append("\n  ").append(t).append(" (translatedFrom: ").append(f).append(')'));
            throw new NewSite.UsageException(b.toString());
        }
        for (Path t : old.keySet()) {
            write(t, withFingerprint(Files.readString(t, StandardCharsets.UTF_8), fingerprint));
            out.add(new Outcome(t, true, t + ": still up to date after the change (translatedFrom: " + fingerprint + ")"));
        }
        if (old.isEmpty() && out.isEmpty()) {
            out.add(new Outcome(original, false, "No translation of " + original + " needed renewing."));
        }
        return out;
    }

    /** The front matter's translatedFrom value, or null. */
    static String recorded(String text) {
        Matcher m = Pattern.compile("(?m)^translatedFrom:\\s*([0-9a-f]+)\\s*$").matcher(frontMatter(text));
        return m.find() ? m.group(1) : null;
    }

    /** The text with {@code translatedFrom: fingerprint} in its front matter (replaced, or added after translation:/title:). */
    static String withFingerprint(String text, String fingerprint) {
        String front = frontMatter(text);
        if (front.isEmpty()) {
            return text; // JBake headers and files without front matter: check reports those
        }
        String line = "translatedFrom: " + fingerprint + "\n";
        String rest = text.substring(front.length());
        Matcher existing = TRANSLATED_FROM.matcher(front);
        if (existing.find()) {
            return existing.replaceFirst(Matcher.quoteReplacement(line)) + rest;
        }
        for (String after : new String[] {"translation:", "title:"}) {
            Matcher m = Pattern.compile("(?m)^" + after + "[^\n]*\n").matcher(front);
            if (m.find()) {
                return front.substring(0, m.end()) + line + front.substring(m.end()) + rest;
            }
        }
        return front.replaceFirst("\n", "\n" + Matcher.quoteReplacement(line)) + rest;
    }

    /** The front matter, from the first --- to the line after the closing one; empty when there is none. */
    static String frontMatter(String text) {
        if (!text.startsWith("---")) {
            return "";
        }
        Matcher end = Pattern.compile("(?m)^(---|\\.\\.\\.)\\s*$\n?").matcher(text);
        if (!end.find(3)) {
            return "";
        }
        return text.substring(0, end.end());
    }

    static String body(String text) {
        return text.substring(frontMatter(text).length()).strip();
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".fristad-tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Place place(Path file) throws NewSite.UsageException {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new NewSite.UsageException(file + " does not exist — name a page file, e.g. content/en/fa-hjalp-nu.md");
        }
        Path site = NewPage.siteOf(abs);
        if (site == null) {
            throw new NewSite.UsageException(file + " is not below a site's content/ folder (with site.yml beside it)");
        }
        Path rel = site.resolve("content").relativize(abs);
        if (rel.getNameCount() < 2) {
            throw new NewSite.UsageException(file + " is not in a language folder: content/<language>/…");
        }
        List<String> languages = NewPage.languages(site);
        if (languages.isEmpty()) {
            throw new NewSite.UsageException(site.resolve("site.yml") + " lists no languages — run fristad check for the details");
        }
        return new Place(site, rel.getName(0).toString(), rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/'),
                languages.get(0), languages);
    }
}
