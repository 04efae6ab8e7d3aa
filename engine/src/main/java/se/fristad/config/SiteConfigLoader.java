package se.fristad.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.Node;

import se.fristad.text.TextFiles;
import se.fristad.load.Yaml;
import se.fristad.problem.DidYouMean;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/** Reads {@code site.yml} into a {@link SiteConfig}, reporting every mistake with its line. */
public final class SiteConfigLoader {
    private static final List<String> KEYS = List.of("title", "languages", "baseURL", "exitURL", "safetyPage", "shareableSearch",
            "accessibility", "municipalities", "publishTo");
    private static final List<String> LANGUAGE_KEYS = List.of("code", "name", "dir", "lang", "easyRead");
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    /** An edition's name in addresses and folders when it is not a language code (an easy-read edition: lattlast). */
    private static final Pattern EDITION = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private SiteConfigLoader() {
    }

    /** The configuration, or empty when {@code site.yml} is missing or has errors (all added to {@code problems}). */
    public static Optional<SiteConfig> load(Path siteDir, Problems problems) {
        Path file = siteDir.resolve("site.yml");
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(file, 1, 1, "no site.yml in " + siteDir.toAbsolutePath().normalize(),
                    "run from a site directory or pass --site DIR; site.yml needs at least title and languages"));
            return Optional.empty();
        }
        if (!se.fristad.load.SiteFiles.followable(siteDir, file, problems)) {
            return Optional.empty();
        }
        Optional<String> text;
        try {
            text = TextFiles.readUtf8(file, problems);
        } catch (IOException e) {
            problems.add(Problem.error(file, 1, 1, "cannot read site.yml: " + e.getMessage(), "check the file's permissions"));
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.errorCount();
        Yaml yaml = new Yaml(file, 0);
        Optional<Node> root = yaml.parse(text.get(), problems);
        if (root.isEmpty()) {
            if (problems.errorCount() == before) {
                problems.add(Problem.error(file, 1, 1, "site.yml is empty", "add title: and languages:"));
            }
            return Optional.empty();
        }
        String title = null;
        String baseUrl = "";
        String publishTo = "";
        String exitUrl = SiteConfig.DEFAULT_EXIT_URL;
        String safetyPage = SiteConfig.DEFAULT_SAFETY_PAGE;
        int safetyPageLine = 0;
        boolean shareableSearch = false;
        List<Language> languages = new ArrayList<>();
        Yaml.Entry accessibilityEntry = null;
        List<String> municipalities = new ArrayList<>();
        for (Yaml.Entry e : yaml.entries(root.get(), problems)) {
            switch (e.key()) {
                case "accessibility" -> accessibilityEntry = e;
                case "title" -> title = yaml.text(e.value(), "title", problems).orElse(null);
                case "baseURL" -> {
                    String v = yaml.text(e.value(), "baseURL", problems).orElse("").strip();
                    java.util.Optional<String> wrong = SiteConfig.baseUrlProblem(v);
                    if (wrong.isPresent() && !v.isEmpty()) {
                        problems.add(yaml.error(e.value(), "baseURL must be the address the site is published at: " + wrong.get(),
                                "write baseURL: " + SiteConfig.BASE_URL_EXAMPLE + "; or leave the line out until the site has an address"));
                    } else {
                        baseUrl = trimSlash(v);
                    }
                }
                case "publishTo" -> {
                    publishTo = yaml.text(e.value(), "publishTo", problems).orElse("").strip();
                    if (publishTo.matches("(?i)sftp://[^/@]*:[^/@]*@.*")) {
                        problems.add(yaml.error(e.value(), "publishTo holds a password, and site.yml is read by everyone who gets the site",
                                "write sftp://user@host/path without the password: fristad publish asks for it and never stores it"));
                    } else if (publishTo.matches("(?i)[a-z][a-z0-9+.-]*://.*") && !publishTo.regionMatches(true, 0, "sftp://", 0, 7)) {
                        problems.add(yaml.error(e.value(), "publishTo must be sftp://user@host/path or a folder, not \"" + publishTo + "\"",
                                "write publishTo: sftp://user@server/var/www/site (SFTP) or the folder of a mounted share"));
                    }
                }
                case "languages" -> languages = languages(yaml, e.value(), problems);
                case "municipalities" -> municipalities = municipalities(yaml, e.value(), problems);
                case "safetyPage" -> {
                    safetyPage = yaml.text(e.value(), "safetyPage", problems).orElse(safetyPage).strip();
                    safetyPageLine = yaml.line(e.value());
                }
                case "exitURL" -> {
                    String v = yaml.text(e.value(), "exitURL", problems).orElse(exitUrl).strip();
                    if (v.matches("(?i)https?://[^\\s/]+.*")) {
                        exitUrl = v;
                    } else {
                        problems.add(yaml.error(e.value(), "exitURL must be a full web address, not \"" + v + "\"",
                                "write exitURL: https://www.smhi.se/ (a neutral site that says nothing about this one)"));
                    }
                }
                case "shareableSearch" -> {
                    String v = yaml.text(e.value(), "shareableSearch", problems).orElse("false").strip();
                    if (v.equals("true") || v.equals("false")) {
                        shareableSearch = v.equals("true");
                    } else {
                        problems.add(yaml.error(e.value(), "shareableSearch must be true or false, not \"" + v + "\"",
                                "write shareableSearch: true to keep the query in the address (#q=…), or leave it out"));
                    }
                }
                default -> problems.add(yaml.error(e.keyNode(), "unknown key \"" + e.key() + "\" in site.yml",
                        DidYouMean.hint(e.key(), KEYS)));
            }
        }
        if (title == null || title.isBlank()) {
            problems.add(Problem.error(file, 1, 1, "site.yml has no title", "add a line: title: Name of the site"));
        }
        if (languages.isEmpty()) {
            problems.add(Problem.error(file, 1, 1, "site.yml has no languages",
                    "add a line such as: languages: [sv, en] (the first is the source language)"));
        }
        AccessibilityStatement accessibility = null;
        if (accessibilityEntry != null && !languages.isEmpty()) {
            accessibility = AccessibilityLoader.load(yaml, accessibilityEntry.keyNode(), accessibilityEntry.value(), languages, problems).orElse(null);
        }
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title, List.copyOf(languages), baseUrl, exitUrl, safetyPage, safetyPageLine, shareableSearch,
                accessibility, List.copyOf(municipalities), publishTo));
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** {@code municipalities: [Kiruna, Umeå]}: the places support pages and plans may name. */
    private static List<String> municipalities(Yaml yaml, Node node, Problems problems) {
        List<String> out = new ArrayList<>();
        if (!Yaml.isSequence(node)) {
            problems.add(yaml.error(node, "municipalities must be a list", "write municipalities: [Kiruna, Umeå]"));
            return out;
        }
        for (Node item : Yaml.items(node)) {
            yaml.text(item, "municipalities", problems).map(String::strip).ifPresent(m -> {
                if (m.isEmpty() || m.equals("national")) {
                    problems.add(yaml.error(item, "\"" + m + "\" is not a municipality", "write the municipality's name, e.g. Umeå"));
                } else if (out.contains(m)) {
                    problems.add(yaml.error(item, "municipality \"" + m + "\" is listed twice", "remove one of them"));
                } else {
                    out.add(m);
                }
            });
        }
        return out;
    }

    private static List<Language> languages(Yaml yaml, Node node, Problems problems) {
        List<Language> out = new ArrayList<>();
        if (!Yaml.isSequence(node)) {
            problems.add(yaml.error(node, "languages must be a list", "write languages: [sv, en]"));
            return out;
        }
        Set<String> seen = new HashSet<>();
        Map<Language, Node> easyReadNodes = new java.util.LinkedHashMap<>();
        Map<String, String> ordinaryByLang = new java.util.HashMap<>();
        for (Node item : Yaml.items(node)) {
            String code = null;
            String name = null;
            String dir = null;
            String lang = null;
            boolean easyRead = false;
            boolean broken = false;
            if (Yaml.isSequence(item)) {
                problems.add(yaml.error(item, "a language must be a code or {code, name, dir}", "write - sv or - {code: se, name: Davvisámegiella}"));
                continue;
            }
            if (item instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) {
                code = yaml.text(item, "languages", problems).orElse(null);
            } else {
                for (Yaml.Entry e : yaml.entries(item, problems)) {
                    switch (e.key()) {
                        case "code" -> code = yaml.text(e.value(), "code", problems).orElse(null);
                        case "name" -> name = yaml.text(e.value(), "name", problems).orElse(null);
                        case "lang" -> {
                            lang = yaml.text(e.value(), "lang", problems).orElse(null);
                            if (lang != null && !CODE.matcher(lang).matches()) {
                                problems.add(yaml.error(e.value(), "lang \"" + lang + "\" is not a language code",
                                        "write the language the edition is written in, e.g. lang: sv"));
                                broken = true;
                            }
                        }
                        case "easyRead" -> {
                            String v = yaml.text(e.value(), "easyRead", problems).orElse("false");
                            if (!v.equals("true") && !v.equals("false")) {
                                problems.add(yaml.error(e.value(), "easyRead must be true or false, not \"" + v + "\"",
                                        "write easyRead: true for an easy-to-read edition (lättläst)"));
                                broken = true;
                            }
                            easyRead = v.equals("true");
                        }
                        case "dir" -> {
                            dir = yaml.text(e.value(), "dir", problems).orElse(null);
                            if (dir != null && !dir.equals("ltr") && !dir.equals("rtl")) {
                                problems.add(yaml.error(e.value(), "dir must be ltr or rtl, not \"" + dir + "\"", "write dir: rtl for right-to-left scripts"));
                                dir = null;
                            }
                        }
                        default -> problems.add(yaml.error(e.keyNode(), "unknown key \"" + e.key() + "\" in a language",
                                DidYouMean.hint(e.key(), LANGUAGE_KEYS)));
                    }
                }
            }
            if (code == null) {
                problems.add(yaml.error(item, "a language needs a code", "write {code: xx, name: …}"));
                continue;
            }
            if (broken) {
                continue;
            }
            if (easyRead && lang == null) {
                problems.add(yaml.error(item, "easy-read edition \"" + code + "\" needs lang: the language it is written in",
                        "write {code: " + code + ", name: Lättläst, lang: sv, easyRead: true}"));
                continue;
            }
            if (lang == null && !CODE.matcher(code).matches()) {
                problems.add(yaml.error(item, "\"" + code + "\" is not a language code",
                        "use a lower-case code such as sv, en, ar or se; for an easy-read edition write {code: " + folderName(code) + ", lang: sv, easyRead: true}"));
                continue;
            }
            if (lang != null && !EDITION.matcher(code).matches()) {
                problems.add(yaml.error(item, "code \"" + code + "\" cannot be a folder name and address",
                        "use lower-case letters, digits and - only, e.g. code: " + folderName(code)));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(yaml.error(item, "language \"" + code + "\" is listed twice", "remove one of them"));
                continue;
            }
            String tag = lang != null ? lang : code;
            if (name == null) {
                Optional<String> known = KnownLanguages.name(code);
                if (known.isEmpty()) {
                    problems.add(yaml.error(item, "unknown language code \"" + code + "\" has no name",
                            "write {code: " + code + ", name: <the " + (easyRead ? "edition" : "language") + "'s own name>" + (lang != null ? ", lang: " + lang : "")
                                    + (easyRead ? ", easyRead: true" : ", dir: ltr") + "}"));
                    continue;
                }
                name = known.get();
            }
            if (easyRead && out.isEmpty()) {
                problems.add(yaml.error(item, "the first language is the source language and cannot be an easy-read edition",
                        "list the ordinary edition (e.g. sv) first and the easy-read edition after it"));
                continue;
            }
            Language language = new Language(code, name, dir != null ? dir : KnownLanguages.direction(tag), tag, easyRead);
            if (easyRead) {
                easyReadNodes.put(language, item);
            } else {
                String other = ordinaryByLang.putIfAbsent(tag, code);
                if (other != null) {
                    problems.add(yaml.error(item, "\"" + code + "\" and \"" + other + "\" are both ordinary editions in " + tag
                                    + ": a page would have two alternates with hreflang=\"" + tag + "\"",
                            "mark the simplified one easyRead: true, or give each its own lang"));
                    continue;
                }
            }
            out.add(language);
        }
        easyReadNodes.forEach((easy, item) -> {
            if (!ordinaryByLang.containsKey(easy.lang())) {
                problems.add(yaml.error(item, "easy-read edition \"" + easy.code() + "\" is in " + easy.lang() + ", but no ordinary edition in "
                        + easy.lang() + " is listed", "add " + easy.lang() + " to languages: the easy-read pages link to and from its pages"));
            }
        });
        return out;
    }

    /** {@code Lättläst} → {@code lattlast}: a suggestion for an edition's code. */
    private static String folderName(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return ascii.isEmpty() || !Character.isLetter(ascii.charAt(0)) ? "lattlast" : ascii;
    }
}
