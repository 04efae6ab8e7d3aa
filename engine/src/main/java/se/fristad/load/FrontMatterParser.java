package se.fristad.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.Node;

import se.fristad.problem.DidYouMean;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * Splits a content file into front matter and Markdown body. Reads YAML front matter between {@code ---} lines
 * and, so JBake content moves over unchanged, JBake headers: {@code key=value} lines ended by {@code ~~~~~~}.
 */
public final class FrontMatterParser {
    private static final Pattern JBAKE_LINE = Pattern.compile("^\\s*([A-Za-z][\\w.-]*)\\s*=(.*)$");
    private static final Pattern JBAKE_END = Pattern.compile("^~{6,}\\s*$");
    private static final Pattern YAML_FENCE = Pattern.compile("^---\\s*$");
    private static final Pattern YAML_END = Pattern.compile("^(---|\\.\\.\\.)\\s*$");

    private FrontMatterParser() {
    }

    /** One value of the header with where it stands. */
    private record Raw(String value, int line, int column, Node keyNode, Node node) {
    }

    /**
     * @param municipalities the places {@code area} and {@code municipality} may name (site.yml)
     * @param source         whether {@code lang} is the site's source language (translations may leave out what they inherit)
     */
    public static Optional<SourcePage> parse(Path file, String lang, String relPath, String text, List<String> municipalities,
                                             boolean source, Problems problems) {
        String[] lines = text.split("\n", -1);
        int before = problems.errorCount();
        Map<String, Raw> raw = new LinkedHashMap<>();
        int bodyStart;
        Yaml yaml = null;
        boolean jbake = false;
        if (lines.length > 0 && YAML_FENCE.matcher(lines[0]).matches()) {
            int end = -1;
            for (int i = 1; i < lines.length; i++) {
                if (YAML_END.matcher(lines[i]).matches()) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                problems.add(Problem.error(file, 1, 1, "front matter starts with --- but is never closed",
                        "add a line with --- after the last key: value line"));
                return Optional.empty();
            }
            yaml = new Yaml(file, 1);
            String yamlText = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
            Optional<Node> root = yaml.parse(yamlText, problems);
            if (problems.errorCount() > before) {
                return Optional.empty(); // broken YAML: one message, not a missing title on top
            }
            if (root.isPresent() && !Yaml.isNull(root.get())) {
                for (Yaml.Entry e : yaml.entries(root.get(), problems)) {
                    raw.put(e.key(), new Raw(null, yaml.line(e.keyNode()), yaml.column(e.keyNode()), e.keyNode(), e.value()));
                }
            }
            bodyStart = end + 1;
        } else if (lines.length > 0 && JBAKE_LINE.matcher(lines[0]).matches()) {
            jbake = true;
            int end = -1;
            for (int i = 0; i < lines.length; i++) {
                if (JBAKE_END.matcher(lines[i]).matches()) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                problems.add(Problem.error(file, 1, 1, "JBake header has no ~~~~~~ line after it",
                        "add a line of six tildes (~~~~~~) after the last key=value line, or use --- front matter"));
                return Optional.empty();
            }
            for (int i = 0; i < end; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                Matcher m = JBAKE_LINE.matcher(lines[i]);
                if (!m.matches()) {
                    problems.add(Problem.error(file, i + 1, 1, "JBake header line is not key=value",
                            "write key=value, or end the header with ~~~~~~ before this line"));
                    continue;
                }
                String key = m.group(1);
                if (raw.containsKey(key)) {
                    problems.add(Problem.error(file, i + 1, 1, "duplicate key \"" + key + "\"", "keep only one " + key + "= line"));
                    continue;
                }
                int col = m.start(2) + 1;
                raw.put(key, new Raw(m.group(2).trim(), i + 1, col, null, null));
            }
            bodyStart = end + 1;
        } else {
            problems.add(Problem.error(file, 1, 1, "missing front matter with a title",
                    "start the file with three lines: ---, title: Page title, ---"));
            return Optional.empty();
        }

        String title = null;
        String summary = "";
        String type = "page";
        String slug = "";
        int order = Integer.MAX_VALUE;
        boolean draft = false;
        LocalDate reviewed = null;
        String translation = "";
        String translatedFrom = "";
        FrontMatter.Layout layout = null;
        boolean glossary = true;
        Map<String, Yaml.Entry> typed = new LinkedHashMap<>();
        boolean typeKnown = true;
        // the type first: it decides which other keys the page may have
        List<Map.Entry<String, Raw>> entries = new java.util.ArrayList<>(raw.entrySet());
        entries.sort(java.util.Comparator.comparing(e -> !e.getKey().equals("type")));
        for (Map.Entry<String, Raw> e : entries) {
            String typeOf = TypedKeys.typeOf(e.getKey());
            if (typeOf != null) {
                Raw r = e.getValue();
                if (r.node() == null) {
                    problems.add(Problem.error(file, r.line(), r.column(), e.getKey() + " needs YAML front matter",
                            "a JBake header holds single key=value lines only; write the header between --- lines instead"));
                } else {
                    typed.put(e.getKey(), new Yaml.Entry(e.getKey(), r.keyNode(), r.node()));
                }
                continue;
            }
            String key = e.getKey();
            Raw r = e.getValue();
            Optional<String> value = r.node() == null ? Optional.of(r.value()) : yaml.text(r.node(), key, problems);
            int vline = r.node() == null ? r.line() : yaml.line(r.node());
            int vcol = r.node() == null ? r.column() : yaml.column(r.node());
            if (value.isEmpty()) {
                continue;
            }
            String v = value.get().trim();
            switch (key) {
                case "title" -> title = v;
                case "summary" -> summary = v;
                case "type" -> {
                    if (jbake && (v.equals("post") || v.equals("page"))) {
                        type = "page";
                    } else if (FrontMatter.TYPES.contains(v)) {
                        type = v;
                    } else {
                        typeKnown = false;
                        problems.add(Problem.error(file, vline, vcol, "unknown type \"" + v + "\"", DidYouMean.hint(v, FrontMatter.TYPES)));
                    }
                }
                case "slug" -> {
                    if (relPath.endsWith("index.md") && (relPath.equals("index.md") || relPath.endsWith("/index.md"))) {
                        problems.add(Problem.error(file, r.line(), r.column(), "slug has no effect on an index.md page",
                                "rename the folder to change this page's address"));
                    } else if (v.isEmpty() || v.contains("/")) {
                        problems.add(Problem.error(file, vline, vcol, "slug must be one word without /", "write slug: my-page"));
                    } else {
                        slug = v;
                    }
                }
                case "order" -> {
                    try {
                        order = Integer.parseInt(v);
                    } catch (NumberFormatException ex) {
                        problems.add(Problem.error(file, vline, vcol, "order must be a whole number, not \"" + v + "\"", "write order: 3"));
                    }
                }
                case "draft" -> draft = bool(file, vline, vcol, key, v, problems);
                case "glossary" -> glossary = bool(file, vline, vcol, key, v, problems);
                case "layout" -> {
                    String name = v.endsWith(".ftlh") ? v.substring(0, v.length() - 5) : v;
                    if (name.isEmpty() || name.contains("/")) {
                        problems.add(Problem.error(file, vline, vcol, "layout must be the name of a template, not \"" + v + "\"",
                                "write layout: finder to render the page with templates/finder.ftlh"));
                    } else {
                        layout = new FrontMatter.Layout(name, vline, vcol);
                    }
                }
                case "status" -> draft = v.equals("draft");
                case "reviewed", "date" -> {
                    if (key.equals("date") && raw.containsKey("reviewed")) {
                        break;
                    }
                    try {
                        reviewed = LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
                    } catch (DateTimeParseException ex) {
                        problems.add(Problem.error(file, vline, vcol, key + " must be a date, not \"" + v + "\"", "write " + key + ": 2026-11-23 (year-month-day)"));
                    }
                }
                case "translation" -> {
                    if (FrontMatter.TRANSLATIONS.contains(v)) {
                        translation = v;
                    } else {
                        problems.add(Problem.error(file, vline, vcol, "translation must be reviewed or machine, not \"" + v + "\"",
                                DidYouMean.hint(v, FrontMatter.TRANSLATIONS)));
                    }
                }
                case "translatedFrom" -> {
                    if (v.matches("[0-9a-f]{12}")) {
                        translatedFrom = v;
                    } else {
                        problems.add(Problem.error(file, vline, vcol, "translatedFrom must be the original's fingerprint (12 letters and"
                                + " digits written by Fristad), not \"" + v + "\"",
                                "delete the line and run fristad translation done " + file.getFileName() + " once the text is translated"));
                    }
                }
                case "tags" -> {
                    if (!jbake) {
                        unknown(file, r, key, type, problems);
                    }
                }
                default -> unknown(file, r, key, type, problems);
            }
        }
        if (!raw.containsKey("title")) {
            problems.add(Problem.error(file, 1, 1, "missing title", jbake ? "add a line title=Page title before ~~~~~~" : "add a line title: Page title to the front matter"));
        } else if (title != null && title.isBlank()) {
            Raw r = raw.get("title");
            problems.add(Problem.error(file, r.line(), r.column(), "title is empty", "write the page's title after title:"));
        }
        TypedData data = null;
        if (typeKnown) { // a JBake header has no typed keys, but its type still gets (empty) data
            Yaml values = yaml != null ? yaml : new Yaml(file, 0);
            data = TypedKeys.read(type, typed, new Fields(values, problems), municipalities, title == null ? "" : title, source);
        }
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        String body = bodyStart < lines.length ? String.join("\n", java.util.Arrays.copyOfRange(lines, bodyStart, lines.length)) : "";
        FrontMatter fm = new FrontMatter(title, summary, type, slug, order, draft, reviewed, translation, layout, glossary, data,
                translatedFrom);
        return Optional.of(new SourcePage(file, lang, relPath, fm, body, bodyStart + 1,
                Facts.scan(text, jbake ? 0 : bodyStart), Facts.fingerprint(text)));
    }

    private static void unknown(Path file, Raw r, String key, String type, Problems problems) {
        List<String> allowed = new java.util.ArrayList<>(FrontMatter.KEYS);
        allowed.addAll(TypedKeys.of(type));
        problems.add(Problem.error(file, r.line(), r.column(), "unknown key \"" + key + "\"", DidYouMean.hint(key, allowed)));
    }

    private static boolean bool(Path file, int line, int col, String key, String v, Problems problems) {
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        problems.add(Problem.error(file, line, col, key + " must be true or false, not \"" + v + "\"", "write " + key + ": true"));
        return false;
    }
}
