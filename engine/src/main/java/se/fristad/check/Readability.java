package se.fristad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import se.fristad.config.Language;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * LIX (läsbarhetsindex), the readability index Swedish easy-to-read writers use: words per sentence plus the share of
 * long words (more than six letters) in per cent. {@code check} prints it for every page of an easy-read edition and
 * warns above {@link #LIMIT}; below 30 counts as very easy, 30–40 as easy, above 50 as hard.
 *
 * <p>Counted on the text a reader sees: no front matter, no Markdown syntax, no link addresses, images, code blocks
 * or HTML. A sentence ends at {@code . ! ? :} followed by a space or the end of its block, and every heading, list item,
 * paragraph and table cell ends one too. A word is a run of letters and digits, joined by {@code -} or {@code '} (and
 * {@code . , :} between digits: {@code 8.30} is one word).
 */
public final class Readability {
    /** The highest LIX an easy-to-read page should have. */
    public static final int LIMIT = 30;

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:(?:[-'’]|(?<=\\p{N})[.,:](?=\\p{N}))[\\p{L}\\p{N}]+)*");
    private static final Pattern END = Pattern.compile("[.!?:]+(?=\\s|$)");

    private Readability() {
    }

    /** The counts behind a LIX value. */
    public record Lix(int words, int sentences, int longWords) {
        public double value() {
            return words == 0 ? 0 : (double) words / Math.max(1, sentences) + 100.0 * longWords / words;
        }

        /** LIX as people quote it: a whole number. */
        public long rounded() {
            return Math.round(value());
        }
    }

    /** LIX of a Markdown body (front matter already removed). */
    public static Lix of(String markdown) {
        List<String> blocks = new ArrayList<>();
        blocks(PARSER.parse(markdown), blocks);
        int words = 0;
        int sentences = 0;
        int longWords = 0;
        for (String block : blocks) {
            Matcher w = WORD.matcher(block);
            int blockWords = 0;
            int lastWordEnd = -1;
            while (w.find()) {
                blockWords++;
                lastWordEnd = w.end();
                if (w.group().codePoints().filter(Character::isLetter).count() > 6) {
                    longWords++;
                }
            }
            if (blockWords == 0) {
                continue;
            }
            words += blockWords;
            Matcher e = END.matcher(block);
            int lastEnd = -1;
            while (e.find()) {
                sentences++;
                lastEnd = e.start();
            }
            if (lastEnd < lastWordEnd) {
                sentences++; // a heading, list item or cell without a full stop is a sentence of its own
            }
        }
        return new Lix(words, sentences, longWords);
    }

    /** Warns about every written page of an easy-read edition whose LIX is above {@link #LIMIT}. */
    public static void check(Site site, Problems problems) {
        for (Page p : easyReadPages(site)) {
            Lix lix = of(p.source().body());
            if (lix.rounded() > LIMIT) {
                problems.add(Problem.warning(p.source().file(), 1, 1, "LIX " + lix.rounded() + " is above " + LIMIT,
                        "easy-to-read text needs short sentences (now " + perSentence(lix) + " words each) and few words longer than"
                                + " six letters (now " + Math.round(100.0 * lix.longWords() / lix.words()) + " %): split sentences, choose shorter everyday words"));
            }
        }
    }

    /** The table {@code check} prints: every written page of every easy-read edition with its LIX. Empty when there are none. */
    public static String table(Site site) {
        List<Page> pages = easyReadPages(site);
        if (pages.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Readability of easy-read pages (LIX, " + LIMIT + " or lower is easy to read):\n");
        int width = pages.stream().mapToInt(p -> p.lang().code().length() + 1 + p.key().length()).max().orElse(4);
        for (Page p : pages) {
            Lix lix = of(p.source().body());
            out.append(String.format("%-" + width + "s  LIX %2d  (%d words, %d sentences, %d long words)%s%n",
                    p.lang().code() + "/" + p.key(), lix.rounded(), lix.words(), lix.sentences(), lix.longWords(),
                    lix.rounded() > LIMIT ? "  above " + LIMIT : ""));
        }
        return out.toString();
    }

    private static List<Page> easyReadPages(Site site) {
        List<Page> out = new ArrayList<>();
        for (Language l : site.languages()) {
            if (l.easyRead()) {
                site.pages().stream().filter(p -> p.lang().equals(l) && p.kind() == Page.Kind.CONTENT).forEach(out::add);
            }
        }
        return out;
    }

    private static String perSentence(Lix lix) {
        return String.valueOf(Math.round((double) lix.words() / Math.max(1, lix.sentences())));
    }

    /** The visible text of each block (paragraph, heading, table cell), without Markdown syntax. */
    private static void blocks(Node node, List<String> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof Heading || n instanceof TableCell) {
                StringBuilder text = new StringBuilder();
                inline(n, text);
                out.add(text.toString());
            } else if (!(n instanceof CodeBlock || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
                    || n instanceof HtmlBlock || n instanceof HtmlCommentBlock)) {
                blocks(n, out);
            }
        }
    }

    private static void inline(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) {
                out.append(n.getChars().unescape());
            } else if (n instanceof Code c) {
                out.append(c.getText().unescape());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else if (!(n instanceof Image || n instanceof HtmlInline || n instanceof AutoLink || n instanceof MailLink)) {
                inline(n, out);
            }
        }
    }
}
