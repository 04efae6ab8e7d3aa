package se.fristad.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

import se.fristad.config.AccessibilityStatement.Shortcoming;
import se.fristad.config.AccessibilityStatement.Text;
import se.fristad.load.Yaml;
import se.fristad.problem.DidYouMean;
import se.fristad.problem.Problems;

/** Reads the {@code accessibility:} block of {@code site.yml}, reporting every missing or wrong fact with its line. */
final class AccessibilityLoader {
    static final List<String> KEYS = List.of("page", "organisation", "contact", "compliance", "shortcomings",
            "assessedBy", "assessedOn", "method", "statementDate", "updated");
    private static final List<String> SHORTCOMING_KEYS = List.of("problem", "alternative", "category");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final Pattern FORM = Pattern.compile("https://[^\\s/<>\"]+\\S*");

    private final Yaml yaml;
    private final Node keyNode;
    private final List<Language> languages;
    private final Problems problems;

    private AccessibilityLoader(Yaml yaml, Node keyNode, List<Language> languages, Problems problems) {
        this.yaml = yaml;
        this.keyNode = keyNode;
        this.languages = languages;
        this.problems = problems;
    }

    /** The statement's facts, or empty when the block has errors (all reported). */
    static Optional<AccessibilityStatement> load(Yaml yaml, Node keyNode, Node block, List<Language> languages, Problems problems) {
        return new AccessibilityLoader(yaml, keyNode, languages, problems).read(block);
    }

    private Optional<AccessibilityStatement> read(Node block) {
        int before = problems.errorCount();
        if (!(block instanceof MappingNode)) {
            problems.add(yaml.error(keyNode, "accessibility must be a block of facts",
                    "write accessibility: on its own line and the facts indented below it (organisation:, contact:, compliance: …)"));
            return Optional.empty();
        }
        String page = AccessibilityStatement.DEFAULT_PAGE;
        String organisation = null;
        String contact = null;
        String compliance = null;
        List<Shortcoming> shortcomings = new ArrayList<>();
        Node shortcomingsNode = null;
        String assessedBy = null;
        LocalDate assessedOn = null;
        Text method = null;
        LocalDate statementDate = null;
        LocalDate updated = null;
        Node updatedNode = null;
        for (Yaml.Entry e : yaml.entries(block, problems)) {
            Node v = e.value();
            switch (e.key()) {
                case "page" -> {
                    page = text(v, "page").map(String::strip).orElse(page);
                    if (!page.endsWith(".md")) {
                        problems.add(yaml.error(v, "page must name a Markdown file below content/<language>/, not \"" + page + "\"",
                                "write page: " + (page.isEmpty() ? AccessibilityStatement.DEFAULT_PAGE : page.replaceAll("/+$", "") + ".md")));
                    }
                }
                case "organisation" -> organisation = text(v, "organisation").map(String::strip).orElse(null);
                case "contact" -> {
                    contact = text(v, "contact").map(String::strip).orElse(null);
                    if (contact != null && !EMAIL.matcher(contact).matches() && !FORM.matcher(contact).matches()) {
                        problems.add(yaml.error(v, "contact must be an e-mail address or the https address of a form, not \"" + contact + "\"",
                                "write contact: tillganglighet@kommun.se, or contact: https://kommun.se/tillganglighet/formular"));
                        contact = null;
                    }
                }
                case "compliance" -> {
                    compliance = text(v, "compliance").map(String::strip).orElse(null);
                    if (compliance != null && !AccessibilityStatement.COMPLIANCE.contains(compliance)) {
                        problems.add(yaml.error(v, "compliance must be full, partial or none, not \"" + compliance + "\"",
                                "full: meets every requirement; partial: meets most (list the rest under shortcomings); none: meets few"));
                        compliance = null;
                    }
                }
                case "shortcomings" -> {
                    shortcomingsNode = v;
                    shortcomings = shortcomings(v);
                }
                case "assessedBy" -> assessedBy = text(v, "assessedBy").map(String::strip).orElse(null);
                case "assessedOn" -> assessedOn = date(v, "assessedOn");
                case "method" -> method = localText(v, "method");
                case "statementDate" -> statementDate = date(v, "statementDate");
                case "updated" -> {
                    updated = date(v, "updated");
                    updatedNode = v;
                }
                default -> problems.add(yaml.error(e.keyNode(), "unknown key \"" + e.key() + "\" in accessibility", DidYouMean.hint(e.key(), KEYS)));
            }
        }
        require(block, organisation, "organisation", "organisation: Name of the municipality (who publishes the site)");
        require(block, contact, "contact", "contact: an e-mail address or the https address of a form where readers report problems");
        require(block, compliance, "compliance", "compliance: partial (or full, or none)");
        require(block, assessedBy, "assessedBy", "assessedBy: self (your own assessment) or the name of who assessed the site");
        require(block, assessedOn, "assessedOn", "assessedOn: 2026-11-23 (when the site was last assessed)");
        require(block, statementDate, "statementDate", "statementDate: 2026-11-23 (when this statement was made)");
        if (compliance != null && !compliance.equals("full") && shortcomings.stream().noneMatch(s -> s.category().equals("noncompliance"))) {
            problems.add(yaml.error(shortcomingsNode != null ? shortcomingsNode : keyNode,
                    "compliance is " + compliance + " but no shortcoming says what does not meet the requirements",
                    "list them under shortcomings: - problem: what does not work, and why"));
        }
        if ("full".equals(compliance) && shortcomings.stream().anyMatch(s -> s.category().equals("noncompliance"))) {
            problems.add(yaml.error(shortcomingsNode, "compliance is full but shortcomings lists content that does not meet the requirements",
                    "write compliance: partial, or give each remaining item category: burden or category: exempt"));
        }
        if (updated != null && statementDate != null && updated.isBefore(statementDate)) {
            problems.add(yaml.error(updatedNode, "updated " + updated + " is before statementDate " + statementDate,
                    "updated is when the statement was last reviewed: the same day or later"));
        }
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new AccessibilityStatement(page, yaml.line(keyNode), organisation, contact, compliance,
                List.copyOf(shortcomings), assessedBy, assessedOn, method, statementDate, updated));
    }

    private List<Shortcoming> shortcomings(Node node) {
        List<Shortcoming> out = new ArrayList<>();
        if (Yaml.isNull(node)) {
            return out;
        }
        if (!Yaml.isSequence(node)) {
            problems.add(yaml.error(node, "shortcomings must be a list", "write each as a line starting with - problem: …"));
            return out;
        }
        for (Node item : Yaml.items(node)) {
            if (!(item instanceof MappingNode)) {
                Text problem = localText(item, "problem");
                if (problem != null) {
                    out.add(new Shortcoming(problem, null, "noncompliance"));
                }
                continue;
            }
            Text problem = null;
            Text alternative = null;
            String category = "noncompliance";
            boolean hasProblem = false;
            for (Yaml.Entry e : yaml.entries(item, problems)) {
                switch (e.key()) {
                    case "problem" -> {
                        hasProblem = true;
                        problem = localText(e.value(), "problem");
                    }
                    case "alternative" -> alternative = localText(e.value(), "alternative");
                    case "category" -> {
                        String c = text(e.value(), "category").map(String::strip).orElse(category);
                        if (AccessibilityStatement.CATEGORIES.contains(c)) {
                            category = c;
                        } else {
                            problems.add(yaml.error(e.value(), "category must be noncompliance, burden or exempt, not \"" + c + "\"",
                                    "noncompliance: does not meet the requirements; burden: adapting it would be an unreasonable burden (12 §);"
                                            + " exempt: content the law does not cover (9 §)"));
                        }
                    }
                    default -> problems.add(yaml.error(e.keyNode(), "unknown key \"" + e.key() + "\" in a shortcoming",
                            DidYouMean.hint(e.key(), SHORTCOMING_KEYS)));
                }
            }
            if (!hasProblem) {
                problems.add(yaml.error(item, "a shortcoming needs problem:", "write - problem: what is not accessible, and why"));
            } else if (problem != null) {
                out.add(new Shortcoming(problem, alternative, category));
            }
        }
        return out;
    }

    /** A text for every edition, or {@code {sv: …, en: …}} per edition; the source language's text is required. */
    private Text localText(Node node, String key) {
        String source = languages.get(0).code();
        if (!(node instanceof MappingNode)) {
            return text(node, key).map(String::strip).filter(t -> !t.isEmpty()).map(t -> Text.of(source, t)).orElseGet(() -> {
                if (Yaml.isNull(node)) {
                    problems.add(yaml.error(node, key + " is empty", "write " + key + ": some text"));
                }
                return null;
            });
        }
        Map<String, String> byEdition = new LinkedHashMap<>();
        List<String> codes = languages.stream().map(Language::code).toList();
        for (Yaml.Entry e : yaml.entries(node, problems)) {
            if (!codes.contains(e.key())) {
                problems.add(yaml.error(e.keyNode(), "\"" + e.key() + "\" in " + key + " is not a language of the site",
                        DidYouMean.hint(e.key(), codes)));
                continue;
            }
            text(e.value(), key).map(String::strip).ifPresent(t -> byEdition.put(e.key(), t));
        }
        if (!byEdition.containsKey(source)) {
            problems.add(yaml.error(node, key + " has no text in " + source + ", the source language",
                    "add " + source + ": … (editions without their own text show it)"));
            return null;
        }
        return new Text(Map.copyOf(byEdition), source);
    }

    private Optional<String> text(Node node, String key) {
        return yaml.text(node, key, problems);
    }

    private LocalDate date(Node node, String key) {
        Optional<String> v = text(node, key).map(String::strip);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v.get());
        } catch (DateTimeParseException ex) {
            problems.add(yaml.error(node, key + " must be a date, not \"" + v.get() + "\"", "write " + key + ": 2026-11-23 (year-month-day)"));
            return null;
        }
    }

    private void require(Node block, Object value, String key, String hint) {
        if (value == null && !hasKey(block, key)) {
            problems.add(yaml.error(keyNode, "accessibility has no " + key, "add " + hint));
        }
    }

    private boolean hasKey(Node block, String key) {
        return block instanceof MappingNode m && m.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s && s.getValue().equals(key));
    }
}
