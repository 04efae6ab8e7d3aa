package se.fristad.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import se.fristad.config.Language;
import se.fristad.load.Definition;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.model.Urls;
import se.fristad.search.Analysis;

/**
 * Links the first mention of each defined term in a page's text to the page that defines it — also when the
 * mention is inflected ({@code hedersrelaterade våldet} for {@code hedersrelaterat våld}): terms and text are compared
 * as the language's search analysis sees them (stems), and a word also matches a term's word it extends by at most
 * two letters ({@code våldet} for {@code våld}). Headings, links and code are left alone; a page is never linked to
 * itself; a page with {@code glossary: false} gets no links. Thread-safe.
 */
public final class Glossary {

    /**
     * A term or alias of a definition page, as analysed words and the distance of each word from the one before (more
     * than 1 where the analysis dropped a stop word, as in {@code hot- och riskbedömning}); {@code rank} is its place in
     * the order forms are tried.
     */
    private record Form(String key, List<String> words, List<Integer> gaps, int rank) {
    }

    /**
     * Per edition: its definitions' forms, longest first, the same forms by their first word, and the analysis of its
     * language.
     */
    private record Edition(List<Form> forms, WordNode words, Analyzer analyzer) {
    }

    /**
     * The forms as a tree of their words: from the root, an edge per first word; from there, an edge per next word
     * and its distance from the one before (just the word when it is the next one, else {@code word + '\u0000' + gap});
     * a node lists the forms that end there.
     * Matching a text walks down from each of its words, so the cost per word is a few look-ups however many terms
     * the edition has — also when hundreds of them share a first word.
     */
    private static final class WordNode {
        final Map<String, WordNode> next = new HashMap<>();
        final List<Form> ends = new ArrayList<>();
    }

    private static final Set<String> SKIP = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "button", "label", "summary");

    private final Site site;
    private final Map<String, Edition> editions = new HashMap<>();
    private final boolean indexed;

    public Glossary(Site site) {
        this(site, true);
    }

    private Glossary(Glossary terms, Site site) {
        this.site = site;
        this.indexed = terms.indexed;
        this.editions.putAll(terms.editions);
    }

    /**
     * This glossary's terms on {@code site}, a site whose definitions' terms, aliases, titles and addresses are the
     * same (a preview's update of one page's text): the term index is not made again.
     */
    public Glossary on(Site site) {
        return new Glossary(this, site);
    }

    /**
     * @param indexed false tries every form at every word, as the first version did: the reference the index must
     *                equal, kept for GlossaryTest
     */
    Glossary(Site site, boolean indexed) {
        this.site = site;
        this.indexed = indexed;
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (Language l : site.languages()) {
            Analyzer analyzer = analyzers.computeIfAbsent(l.lang(), tag -> Analysis.plain(Analysis.chainFor(tag)));
            List<Form> forms = new ArrayList<>();
            for (Page p : site.pages()) {
                if (p.lang().equals(l) && p.kind() == Page.Kind.CONTENT && p.source().front().data() instanceof Definition d) {
                    List<String> all = new ArrayList<>();
                    all.add(d.term() == null || d.term().isBlank() ? p.title() : d.term());
                    all.addAll(d.aliases());
                    for (String text : all) {
                        List<String> words = new ArrayList<>();
                        List<Integer> gaps = new ArrayList<>();
                        for (Token t : analyse(analyzer, text)) {
                            words.add(t.term);
                            gaps.add(t.gap);
                        }
                        if (!words.isEmpty()) {
                            forms.add(new Form(p.key(), words, gaps, 0));
                        }
                    }
                }
            }
            forms.sort(Comparator.comparingInt((Form f) -> -f.words().size()).thenComparing(Form::key));
            List<Form> ranked = new ArrayList<>();
            WordNode root = new WordNode();
            for (Form f : forms) {
                Form r = new Form(f.key(), f.words(), f.gaps(), ranked.size());
                ranked.add(r);
                WordNode n = root;
                for (int w = 0; w < r.words().size(); w++) {
                    n = n.next.computeIfAbsent(edge(r.words().get(w), w == 0 ? 0 : r.gaps().get(w)), k -> new WordNode());
                }
                n.ends.add(r);
            }
            if (!ranked.isEmpty()) {
                editions.put(l.code(), new Edition(ranked, root, analyzer));
            }
        }
    }

    /** Whether {@code page} gets links at all: its front matter allows them and its text's edition defines terms. */
    public boolean applies(Page page) {
        // a fallback shows the original's text: its terms
        return page.source() != null && page.source().front().glossary() && editions.containsKey(page.contentLang());
    }

    /** The body HTML of {@code page} with its first mention of each term linked; unchanged when there is nothing to link. */
    public String link(Page page, String html) {
        if (!applies(page)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return link(page, doc.body().childNodes()) ? doc.body().html() : html;
    }

    /**
     * Links the first mention of each term in {@code body}, the nodes of a page's body as parsed (in the page itself
     * or alone, see {@link #link(Page, String)}); whether it linked any.
     */
    public boolean link(Page page, List<Node> body) {
        if (!applies(page)) {
            return false;
        }
        Edition edition = editions.get(page.contentLang());
        Set<String> linked = new HashSet<>();
        linked.add(page.key());
        boolean changed = false;
        List<TextNode> texts = new ArrayList<>();
        for (Node n : List.copyOf(body)) {
            collect(n, texts);
        }
        for (TextNode node : texts) {
            changed |= link(node, edition, linked, page);
        }
        return changed;
    }

    private static void collect(Node node, List<TextNode> out) {
        if (node instanceof TextNode t) {
            if (!t.isBlank()) {
                out.add(t);
            }
        } else if (node instanceof Element e && !SKIP.contains(e.normalName()) && !e.hasClass("visually-hidden")) {
            for (Node child : e.childNodes()) {
                collect(child, out);
            }
        }
    }

    /** A word as the analysis sees it; {@code gap}: its position after the word before (1 = next to it). */
    private record Token(String term, int start, int end, int gap) {
    }

    /** Links every not yet linked term that this text mentions, at its first mention. */
    private boolean link(TextNode node, Edition edition, Set<String> linked, Page page) {
        String text = node.getWholeText();
        List<Token> tokens = analyse(edition.analyzer(), text);
        record Hit(int start, int end, String key) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Form found = indexed ? best(edition.words(), tokens, i, 0, linked, null) : tryEvery(edition, tokens, i, linked);
            if (found != null) {
                hits.add(new Hit(tokens.get(i).start, tokens.get(i + found.words().size() - 1).end, found.key()));
                linked.add(found.key());
                i += found.words().size() - 1;
            }
        }
        if (hits.isEmpty()) {
            return false;
        }
        List<Node> replacement = new ArrayList<>();
        int at = 0;
        for (Hit h : hits) {
            if (h.start() > at) {
                replacement.add(new TextNode(text.substring(at, h.start())));
            }
            Page target = site.page(page.lang().code(), h.key()).orElseThrow();
            Element a = new Element("a").attr("href", Urls.relative(page.url(), target.url())).addClass("term");
            a.appendChild(new TextNode(text.substring(h.start(), h.end())));
            replacement.add(a);
            at = h.end();
        }
        if (at < text.length()) {
            replacement.add(new TextNode(text.substring(at)));
        }
        Node anchor = node;
        for (Node n : replacement) {
            anchor.after(n);
            anchor = n;
        }
        node.remove();
        return true;
    }

    /** An edge's key: the word, and its distance from the word before when that is not the usual 1. */
    private static String edge(String word, int gap) {
        return gap <= 1 ? word : word + '\u0000' + gap;
    }

    /**
     * The first form in the order forms are tried ({@link Form#rank}) that the text's words from {@code tokens[i + depth]}
     * on continue, below {@code node}, and whose page is not linked yet; {@code best} is the best found so far. A
     * word of the text continues an edge for the word itself or for the word less its last one or two letters when
     * what is left has four or more ({@link #sameWord}).
     */
    private static Form best(WordNode node, List<Token> tokens, int i, int depth, Set<String> linked, Form best) {
        if (i + depth >= tokens.size()) {
            return best;
        }
        Token t = tokens.get(i + depth);
        String word = t.term;
        for (int cut = 0; cut <= 2; cut++) {
            if (cut > 0 && word.length() - cut < 4) {
                break;
            }
            WordNode n = node.next.get(edge(cut == 0 ? word : word.substring(0, word.length() - cut), depth == 0 ? 0 : t.gap));
            if (n == null) {
                continue;
            }
            for (Form f : n.ends) {
                if ((best == null || f.rank() < best.rank()) && !linked.contains(f.key())) {
                    best = f;
                    break; // n.ends is in rank order
                }
            }
            best = best(n, tokens, i, depth + 1, linked, best);
        }
        return best;
    }

    /** The reference for the index: every form of the edition tried in order at word {@code i}, as the first version did. */
    private static Form tryEvery(Edition edition, List<Token> tokens, int i, Set<String> linked) {
        for (Form f : edition.forms()) {
            if (linked.contains(f.key()) || i + f.words().size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int w = 0; w < f.words().size() && match; w++) {
                // The words of a term follow each other in the text as in the term: no word dropped by the
                // analysis (a stop word) may stand between them unless the term has one there too.
                match = sameWord(tokens.get(i + w).term, f.words().get(w))
                        && (w == 0 || tokens.get(i + w).gap == f.gaps().get(w));
            }
            if (match) {
                return f;
            }
        }
        return null;
    }

    /** A word of the text stands for a word of the term: the same stem, or one that adds at most two letters. */
    static boolean sameWord(String text, String term) {
        if (text.equals(term)) {
            return true;
        }
        return term.length() >= 4 && text.startsWith(term) && text.length() - term.length() <= 2;
    }

    private static List<Token> analyse(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), off.startOffset(), off.endOffset(), inc.getPositionIncrement()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
