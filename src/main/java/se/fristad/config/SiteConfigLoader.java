package se.fristad.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.Node;

import se.fristad.load.TextFiles;
import se.fristad.load.Yaml;
import se.fristad.problem.DidYouMean;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/** Reads {@code site.yml} into a {@link SiteConfig}, reporting every mistake with its line. */
public final class SiteConfigLoader {
    private static final List<String> KEYS = List.of("title", "languages", "baseURL", "exitURL", "safetyPage", "municipalities");
    private static final List<String> LANGUAGE_KEYS = List.of("code", "name", "dir");
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

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
        String exitUrl = SiteConfig.DEFAULT_EXIT_URL;
        String safetyPage = SiteConfig.DEFAULT_SAFETY_PAGE;
        int safetyPageLine = 0;
        List<Language> languages = new ArrayList<>();
        List<String> municipalities = new ArrayList<>();
        for (Yaml.Entry e : yaml.entries(root.get(), problems)) {
            switch (e.key()) {
                case "title" -> title = yaml.text(e.value(), "title", problems).orElse(null);
                case "baseURL" -> baseUrl = yaml.text(e.value(), "baseURL", problems).map(SiteConfigLoader::trimSlash).orElse("");
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
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title, List.copyOf(languages), baseUrl, exitUrl, safetyPage, safetyPageLine,
                List.copyOf(municipalities)));
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
        for (Node item : Yaml.items(node)) {
            String code = null;
            String name = null;
            String dir = null;
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
            if (!CODE.matcher(code).matches()) {
                problems.add(yaml.error(item, "\"" + code + "\" is not a language code", "use a lower-case code such as sv, en, ar or se"));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(yaml.error(item, "language \"" + code + "\" is listed twice", "remove one of them"));
                continue;
            }
            if (name == null) {
                Optional<String> known = KnownLanguages.name(code);
                if (known.isEmpty()) {
                    problems.add(yaml.error(item, "unknown language code \"" + code + "\" has no name",
                            "write {code: " + code + ", name: <the language's own name>, dir: ltr}"));
                    continue;
                }
                name = known.get();
            }
            out.add(new Language(code, name, dir != null ? dir : KnownLanguages.direction(code)));
        }
        return out;
    }
}
