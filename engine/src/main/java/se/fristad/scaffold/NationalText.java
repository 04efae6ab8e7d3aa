package se.fristad.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adapts a national page of the default site to a new municipality's site. The default site's pages also tell
 * what five municipalities' plans say; a new site must not repeat that. In the body (the front matter is kept):
 * <ul>
 *   <li>a sentence, list item or table row that names another of the default site's municipalities is left out
 *       (prefix match, so inflected forms such as "Södertäljes" and "Kalmarin" count);</li>
 *   <li>a list item that starts with a link to a page the new site does not have is left out (it is about that
 *       page); any other such link keeps its text and loses the link;</li>
 *   <li>a paragraph ending in ":" that introduced a list now empty goes too; a section whose first paragraph
 *       went goes whole (the rest of it goes on about the same plans), but for a paragraph in it that gives a number to
 *       call ("Ring 112"), which stays in every edition alike; a heading left with no text goes.</li>
 * </ul>
 * Works the same in every language: it looks only at names, links and Markdown structure.
 */
final class NationalText {
    private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]]*)\\]\\(([^)\\s]+)(\\s+\"[^\"]*\")?\\)");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)([-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟։።])\\s+");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s");

    private final Pattern others;
    private final Set<String> pages;

    /**
     * @param otherMunicipalities names the new site must not mention
     * @param pages the new site's pages, as paths below content/&lt;lang&gt;/ ({@code hjalp-och-stod/bris.md})
     */
    NationalText(List<String> otherMunicipalities, Set<String> pages) {
        this.others = otherMunicipalities.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", otherMunicipalities.stream().map(Pattern::quote).toList()) + ")");
        this.pages = pages;
    }

    /** The adapted text of the page at {@code path} (below content/&lt;lang&gt;/). */
    String adapt(String path, String text) {
        String frontMatter = "";
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 4);
            if (end > 0) {
                frontMatter = adaptSummary(text.substring(0, end + 5));
                body = text.substring(end + 5);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (String raw : body.split("\n\\s*\n", -1)) {
            if (!raw.isBlank()) {
                blocks.add(new Block(raw.strip().startsWith("|") ? raw.strip() : stripBlankEdges(raw)));
            }
        }
        List<Block> kept = new ArrayList<>();
        boolean first = true; // the next block is the first of its section (or of the page)
        int skipLevel = -1; // leaving out a section: its heading's level (0: the text before the first heading)
        for (Block b : blocks) {
            int level = level(b.text);
            if (skipLevel >= 0 && level > 0 && level <= Math.max(skipLevel, 1)) {
                skipLevel = -1;
            }
            if (skipLevel >= 0) {
                // a section that goes keeps a paragraph that gives a number to call ("In danger now? Call 112."):
                // it speaks of no municipality, and every edition keeps it alike (SafetyFacts compares them)
                if (level == 0 && !se.fristad.load.Facts.scan(b.text, 0).of(se.fristad.load.Facts.Kind.PHONE).isEmpty()) {
                    String adapted = adaptBlock(path, b.text, kept);
                    if (adapted != null) {
                        kept.add(new Block(adapted));
                    }
                }
                continue;
            }
            if (level > 0) {
                String heading = adaptBlock(path, b.text, kept);
                if (heading == null) {
                    skipLevel = level;
                } else {
                    kept.add(new Block(heading));
                    first = true;
                }
                continue;
            }
            int before = kept.size();
            String adapted = adaptBlock(path, b.text, kept);
            boolean openerGone = (first && adapted == null) || (kept.size() < before && kept.size() == sectionStart(kept));
            if (openerGone) {
                // The section opened with what the default site says about its municipalities: the rest of it
                // goes on about them ("the five municipalities", "the plans"), so the whole section goes.
                if (!kept.isEmpty() && level(kept.get(kept.size() - 1).text) > 0) {
                    skipLevel = level(kept.remove(kept.size() - 1).text);
                } else {
                    skipLevel = 0;
                }
                continue;
            }
            if (adapted != null) {
                kept.add(new Block(adapted));
            }
            first = false;
        }
        // Headings whose section is now empty.
        for (int i = kept.size() - 1; i >= 0; i--) {
            int level = level(kept.get(i).text);
            if (level > 0) {
                boolean empty = i == kept.size() - 1 || (level(kept.get(i + 1).text) > 0 && level(kept.get(i + 1).text) <= level);
                if (empty) {
                    kept.remove(i);
                }
            }
        }
        StringBuilder out = new StringBuilder(frontMatter);
        if (!frontMatter.isEmpty()) {
            out.append('\n');
        }
        for (int i = 0; i < kept.size(); i++) {
            out.append(kept.get(i).text).append(i == kept.size() - 1 ? "\n" : "\n\n");
        }
        return out.toString();
    }

    private record Block(String text) {
    }

    /** A summary that goes on about another municipality ends before it. */
    private String adaptSummary(String frontMatter) {
        Matcher m = Pattern.compile("(?m)^summary: (\"?)(.*?)\\1$").matcher(frontMatter);
        if (!m.find() || !namesOther(m.group(2))) {
            return frontMatter;
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(m.group(2))) {
            if (namesOther(sentence)) {
                break;
            }
            sentences.add(sentence);
        }
        String line = sentences.isEmpty() ? "" : "summary: " + m.group(1) + String.join(" ", sentences) + m.group(1);
        return frontMatter.substring(0, m.start()) + line + frontMatter.substring(m.end()).replaceFirst(sentences.isEmpty() ? "^\n" : "^$", "");
    }

    /** Index of the first block after the last heading. */
    private static int sectionStart(List<Block> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (level(kept.get(i).text) > 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String stripBlankEdges(String s) {
        return s.replaceAll("^\\n+", "").replaceAll("\\s+$", "");
    }

    private static int level(String block) {
        Matcher m = HEADING.matcher(block);
        return m.find() ? m.group(1).length() : 0;
    }

    private boolean namesOther(String s) {
        return others != null && others.matcher(s).find();
    }

    /** The block adapted, or null to leave it out. {@code kept} is what is kept before it (its last may change). */
    private String adaptBlock(String path, String block, List<Block> kept) {
        if (level(block) > 0) {
            return namesOther(block) ? null : unlink(path, block);
        }
        String[] lines = block.split("\n");
        if (lines[0].strip().startsWith("|")) {
            List<String> rows = new ArrayList<>();
            for (String row : lines) {
                if (!namesOther(row)) {
                    rows.add(unlink(path, row));
                }
            }
            return rows.size() <= 2 ? null : String.join("\n", rows); // only the header and its rule: no table
        }
        if (ITEM.matcher(lines[0]).matches()) {
            List<List<String>> items = new ArrayList<>();
            for (String line : lines) {
                Matcher m = ITEM.matcher(line);
                if (m.matches() && m.group(1).isEmpty() || items.isEmpty()) {
                    items.add(new ArrayList<>());
                }
                items.get(items.size() - 1).add(line);
            }
            List<String> out = new ArrayList<>();
            for (List<String> item : items) {
                String whole = String.join("\n", item);
                if (namesOther(whole) || startsWithMissingLink(path, item.get(0))) {
                    continue;
                }
                out.add(unlink(path, whole));
            }
            if (out.isEmpty()) {
                dropIntroduction(kept);
                return null;
            }
            return String.join("\n", out);
        }
        // A paragraph: keep the sentences before the first that names another municipality (what follows it
        // goes on about that municipality), except sentences that send the reader to a page about the plans.
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(block)) {
            if (namesOther(s)) {
                break;
            }
            if (!linksToDropped(path, s)) {
                sentences.add(s);
            }
        }
        return sentences.isEmpty() ? null : unlink(path, String.join(" ", sentences));
    }

    /** Leaves out the paragraph ending in ":" that introduced a list now empty. */
    private static void dropIntroduction(List<Block> kept) {
        if (kept.isEmpty()) {
            return;
        }
        String last = kept.get(kept.size() - 1).text;
        if (level(last) == 0 && last.stripTrailing().endsWith(":")) {
            kept.remove(kept.size() - 1);
        }
    }

    /**
     * Pages of the default site that a new site has nothing like (the plans, and the lists of the plans' words):
     * a sentence linking to one is about it and is left out. A link to any other missing page loses only its link.
     */
    private static final Pattern ABOUT_PLANS = Pattern.compile("^(planer/.*|begrepp/index\\.md|ordlista\\.md)$");

    private boolean linksToDropped(String path, String sentence) {
        Matcher m = LINK.matcher(sentence);
        while (m.find()) {
            if (m.group(1).isEmpty() && missing(path, m.group(3))) {
                String t = m.group(3).replaceAll("#.*$", "");
                String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                if (ABOUT_PLANS.matcher(normalize(dir + t)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsWithMissingLink(String path, String itemLine) {
        Matcher item = ITEM.matcher(itemLine);
        if (!item.matches()) {
            return false;
        }
        Matcher link = LINK.matcher(item.group(3));
        return link.lookingAt() && link.group(1).isEmpty() && missing(path, link.group(3));
    }

    /** Replaces each link to a page the new site does not have by its text. */
    private String unlink(String path, String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean drop = m.group(1).isEmpty() && missing(path, m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(drop ? m.group(2) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when {@code target}, a link in the page at {@code path}, leads to a page the new site does not have. */
    boolean missing(String path, String target) {
        String t = target;
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        if (t.isEmpty() || t.contains(":") || t.startsWith("/") || !t.endsWith(".md")) {
            return false; // an anchor on this page, another site, tel:, an address on the site, or a file
        }
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        return !pages.contains(normalize(dir + t));
    }

    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
