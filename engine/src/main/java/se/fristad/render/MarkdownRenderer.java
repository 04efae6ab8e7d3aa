package se.fristad.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import se.fristad.load.SourcePage;
import se.fristad.model.Slugs;

/**
 * Markdown to HTML with flexmark: tables, footnotes and definition lists; every heading gets an id and a
 * visible anchor link; links are handed to a rewriter (which checks them and makes them relative). The parser
 * and renderer are immutable and shared by all threads.
 */
public final class MarkdownRenderer {

    /** A heading of the body, with the id links can point at. */
    public record Anchor(String id, int level, String text) {
    }

    /** A link address or piece of HTML as written in the Markdown, with where it stands in the file. */
    public record Written(String text, int line, int column) {
    }

    /** What the renderer hands out while walking a page: links to resolve and raw HTML to check. */
    public interface Hooks {
        /** Receives a link or image address as written; returns the address to output. */
        String link(Written use, boolean image);

        /** Receives HTML written inside the Markdown, with where it stands. */
        void rawHtml(Written html);

        /** Receives a mistake in the Markdown that stops the body from being rendered. */
        void problem(Written where, String message, String hint);

        /**
         * Resolves {@code {{tel name}}} ({@code n}: the service's n-th number, from 1) to the number as its support
         * page writes it and its {@code tel:} address; reports a name that is no support page and returns null.
         */
        default String[] tel(String name, int n, Written where) {
            return null;
        }
    }

    /**
     * A support page's number named in running text, so the text follows the page when the number changes:
     * {@code {{tel kvinnofridslinjen}}}, {@code {{tel hjalp-och-stod/kvinnofridslinjen 2}}} (its second number).
     */
    public static final java.util.regex.Pattern TEL_REFERENCE = se.fristad.load.Facts.REFERENCE;

    /** Quotes and lists inside each other deeper than this are a mistake, and rendering them would exhaust the stack. */
    static final int MAX_DEPTH = 64;

    /** The rendered body and what the checker needs to know about it. */
    public record Body(String html, List<Anchor> headings) {
        public Set<String> ids() {
            Set<String> ids = new HashSet<>();
            headings.forEach(h -> ids.add(h.id()));
            return ids;
        }
    }

    private static final NullableDataKey<Map<Node, String>> IDS = new NullableDataKey<>("FRISTAD_HEADING_IDS");
    private static final NullableDataKey<String> ANCHOR_LABEL = new NullableDataKey<>("FRISTAD_ANCHOR_LABEL");
    private static final NullableDataKey<String> ANCHOR_LABEL_ATTRS = new NullableDataKey<>("FRISTAD_ANCHOR_LABEL_ATTRS");

    private static final java.util.regex.Pattern EXTERNAL = java.util.regex.Pattern.compile("(?i)(https?:)?//");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), DefinitionExtension.create()));
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(Parser.SPACE_IN_LINK_URLS, true); // staff link to "våld i nära relationer.md" as it is named
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new HeadingRenderer())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> {
                            // a link to another site tells it neither where the reader came from nor gives it a handle
                            if (node instanceof Link l && part == AttributablePart.LINK && EXTERNAL.matcher(l.getUrl()).lookingAt()) {
                                attributes.replaceValue("rel", "noreferrer noopener");
                            }
                        };
                    }
                }).build();
    }

    /**
     * Renders a page body.
     *
     * @param hooks       receives every link and image address (returns the address to output) and raw HTML
     * @param anchorLabel the words a screen reader says for a heading's anchor link, in the page's language
     * @param labelLang   that language and its direction ({@code en ltr}) when the text around it is in another
     *                    language (a fallback page), else null
     */
    public Body render(SourcePage page, Hooks hooks, String anchorLabel, String[] labelLang) {
        Document doc = parser.parse(page.body());
        int[] lineStarts = lineStarts(page.body());
        Node deep = tooDeep(doc);
        if (deep != null) {
            hooks.problem(use(BasedSequence.NULL, deep, lineStarts, page), "quotes or lists inside each other more than " + MAX_DEPTH + " levels deep",
                    "check the > and - at the start of the lines: a page needs only a few levels");
            return new Body("", List.of());
        }
        List<Anchor> headings = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        boolean hasH1 = false;
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                hasH1 = true;
                break;
            }
        }
        Map<String, Integer> used = new HashMap<>();
        List<Text> tels = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Text t && t.getChars().indexOf("{{") >= 0) {
                tels.add(t);
            }
            if (n instanceof Heading h) {
                if (hasH1) {
                    // the page title is the only h1: headings written with # move one level down
                    h.setLevel(Math.min(6, h.getLevel() + 1));
                }
                String text = h.getText().toString();
                String base = Slugs.slugify(text);
                if (base.isEmpty()) {
                    base = "avsnitt";
                }
                int count = used.merge(base, 1, Integer::sum);
                String id = count == 1 ? base : base + "-" + count;
                ids.put(h, id);
                headings.add(new Anchor(id, h.getLevel(), text));
            } else if (n instanceof Link l) {
                l.setUrl(BasedSequence.of(hooks.link(use(l.getUrl(), n, lineStarts, page), false)));
            } else if (n instanceof Image i) {
                i.setUrl(BasedSequence.of(hooks.link(use(i.getUrl(), n, lineStarts, page), true)));
            } else if (n instanceof Reference r) {
                r.setUrl(BasedSequence.of(hooks.link(use(r.getUrl(), n, lineStarts, page), false)));
            } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                hooks.rawHtml(use(n.getChars(), n, lineStarts, page));
            }
        }
        for (Text t : tels) {
            telephones(t, hooks, lineStarts, page);
        }
        IDS.set(doc, ids);
        ANCHOR_LABEL.set(doc, anchorLabel);
        ANCHOR_LABEL_ATTRS.set(doc, labelLang == null ? "" : " lang=\"" + labelLang[0] + "\" dir=\"" + labelLang[1] + "\"");
        return new Body(renderer.render(doc), headings);
    }

    /** Replaces each {@code {{tel name}}} in a text node by a link to the number its support page gives. */
    private static void telephones(Text t, Hooks hooks, int[] lineStarts, SourcePage page) {
        BasedSequence chars = t.getChars();
        java.util.regex.Matcher m = TEL_REFERENCE.matcher(chars);
        int at = 0;
        boolean found = false;
        while (m.find()) {
            found = true;
            if (m.start() > at) {
                t.insertBefore(new Text(chars.subSequence(at, m.start())));
            }
            BasedSequence token = chars.subSequence(m.start(), m.end());
            Written where = at(token, token.getStartOffset(), lineStarts, page);
            String[] number = hooks.tel(m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)), where);
            if (number == null) {
                t.insertBefore(new Text(chars.subSequence(m.start(), m.end())));
            } else {
                t.insertBefore(new HtmlInline(BasedSequence.of("<a class=\"tel\" dir=\"ltr\" href=\"" + escape(number[1]) + "\">"
                        + escape(number[0]) + "</a>")));
            }
            at = m.end();
        }
        if (found) {
            if (at < chars.length()) {
                t.insertBefore(new Text(chars.subSequence(at)));
            }
            t.unlink();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The first node deeper than {@link #MAX_DEPTH}, or null; walks without recursion. */
    private static Node tooDeep(Document doc) {
        Node n = doc.getFirstChild();
        int depth = 1;
        while (n != null) {
            if (depth > MAX_DEPTH) {
                return n;
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                continue;
            }
            while (n != null && n.getNext() == null) {
                n = n.getParent();
                depth--;
                if (n == doc) {
                    return null;
                }
            }
            if (n != null) {
                n = n.getNext();
            }
        }
        return null;
    }

    private static Written use(BasedSequence url, Node node, int[] lineStarts, SourcePage page) {
        return at(url, node.getStartOffset(), lineStarts, page);
    }

    /** What stands at {@code offset} of the body, with its line and column in the file. */
    private static Written at(BasedSequence url, int offset, int[] lineStarts, SourcePage page) {
        int line = 0;
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lineStarts[mid] <= offset) {
                line = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return new Written(url.unescape(), page.bodyLine() + line, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /** Renders {@code <hN id>text <a class="heading-anchor" href="#id">…</a></hN>}. */
    private static final class HeadingRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
        }

        private void render(Heading node, NodeRendererContext context, HtmlWriter html) {
            Map<Node, String> ids = IDS.get(node.getDocument());
            String id = ids == null ? null : ids.get(node);
            String tag = "h" + node.getLevel();
            if (id != null) {
                html.attr("id", id);
            }
            html.srcPos(node.getText()).withAttr().tag(tag);
            context.renderChildren(node);
            if (id != null) {
                String label = ANCHOR_LABEL.get(node.getDocument());
                String attrs = ANCHOR_LABEL_ATTRS.get(node.getDocument());
                html.raw(" <a class=\"heading-anchor\" href=\"#" + id + "\"><span class=\"visually-hidden\"" + (attrs == null ? "" : attrs) + ">")
                        .text(label == null ? "" : label + ": " + node.getText().toString())
                        .raw("</span><span aria-hidden=\"true\">#</span></a>");
            }
            html.tag("/" + tag);
        }
    }
}
