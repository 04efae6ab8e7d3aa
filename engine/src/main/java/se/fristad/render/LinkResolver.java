package se.fristad.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.fristad.load.SourcePage;
import se.fristad.check.ContentSafety;
import se.fristad.model.Keys;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.model.Urls;
import se.fristad.problem.DidYouMean;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;
import se.fristad.render.MarkdownRenderer.Written;

/**
 * Resolves the links written in one page. Links to {@code .md} files and other files are relative to the
 * Markdown file (as in any Markdown editor); links starting with {@code /} are addresses on the site. Each
 * becomes a link relative to the page, leading to the page in the same language (or its fallback). A link to
 * nothing is a problem; anchors are remembered so the checker can look for them once every page is rendered.
 */
public final class LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    /** A link to a heading on some page, to check once all headings are known. */
    public record AnchorUse(Path file, int line, int column, Page target, String fragment) {
    }

    private final Site site;
    private final Page page;
    private final SourcePage source;
    private final Problems problems;
    private final List<AnchorUse> anchors = new ArrayList<>();

    private final ThemeAssets assets;

    /** @param assets the theme's files: a link to {@code /assets/css/fristad.css} leads to where the build puts it */
    public LinkResolver(Site site, Page page, ThemeAssets assets, Problems problems) {
        this.site = site;
        this.assets = assets;
        this.page = page;
        this.source = page.source();
        this.problems = problems;
    }

    public List<AnchorUse> anchors() {
        return anchors;
    }

    /** Resolves a link or, with {@code image}, an image address. */
    public String rewrite(Written use, boolean image) {
        String url = use.text().trim();
        if (url.isEmpty()) {
            error(use, "empty link", "write the address between the brackets: [text](address)");
            return url;
        }
        if (ContentSafety.isScriptUrl(url)) {
            error(use, "link runs a script: " + url, "link to a page or file instead");
            return "#";
        }
        if (SCHEME.matcher(url).matches() || url.startsWith("//")) {
            if (image && ContentSafety.isOtherHost(url)) {
                error(use, "image loads from another host: " + url,
                        "nothing may load from another host (it tells that host who visits); save the image in content/ and link to the file");
            }
            return url;
        }
        String fragment = null;
        int hash = url.indexOf('#');
        String path = url;
        if (hash >= 0) {
            fragment = url.substring(hash + 1);
            path = url.substring(0, hash);
        }
        String query = "";
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q);
            path = path.substring(0, q);
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.isEmpty()) {
            if (fragment != null) {
                anchors.add(new AnchorUse(source.file(), use.line(), use.column(), page, fragment));
            }
            return url;
        }
        Optional<String> target = path.startsWith("/") ? siteAddress(path.substring(1)) : fileRelative(path);
        if (target.isEmpty()) {
            String hint = path.endsWith(".md") ? suggestion(path)
                    : path.startsWith("/" + ThemeAssets.FOLDER) ? "a file of the theme is linked by its path in the theme, e.g. /assets/css/fristad.css"
                    + " (the build puts the theme's files in a folder named by their content, assets/<hash>/, and links there)"
                    : "check the address; links to pages are written as relative paths to their .md files";
            error(use, "link to nothing: " + url, hint);
            return url;
        }
        String to = target.get();
        Optional<Page> targetPage = site.pageAt(to);
        if (fragment != null && targetPage.isPresent()) {
            anchors.add(new AnchorUse(source.file(), use.line(), use.column(), targetPage.get(), fragment));
        }
        return Urls.relative(page.url(), to) + query + (fragment != null ? "#" + fragment : "");
    }

    /** A path relative to the Markdown file: a page's .md file, a folder, or a file beside the pages. */
    private Optional<String> fileRelative(String path) {
        String joined = Urls.normalize(Keys.dir(source.relPath()) + path);
        if (joined == null) {
            return Optional.empty();
        }
        String lang = page.lang().code();
        if (joined.endsWith(".md")) {
            return site.page(lang, joined).map(Page::url);
        }
        if (joined.isEmpty() || path.endsWith("/")) {
            return site.page(lang, joined + Keys.HOME).map(Page::url);
        }
        for (String l : List.of(lang, source.lang(), site.config().source().code())) {
            String prefix = l.equals(site.config().source().code()) ? "" : l + "/";
            if (site.fileAt(prefix + joined).isPresent()) {
                return Optional.of(prefix + joined);
            }
        }
        return site.page(lang, joined + "/" + Keys.HOME).map(Page::url);
    }

    /** An address on the site: a page, a file beside the pages, or a theme asset. */
    private Optional<String> siteAddress(String address) {
        String a = Urls.normalize(address);
        if (a == null) {
            return Optional.empty();
        }
        if (a.isEmpty() || a.endsWith("/")) {
            return site.pageAt(a).map(Page::url);
        }
        if (site.pageAt(a + "/").isPresent()) {
            return Optional.of(a + "/");
        }
        if (a.endsWith("/index.html") && site.pageAt(a.substring(0, a.length() - "index.html".length())).isPresent()) {
            return Optional.of(a);
        }
        if (site.fileAt(a).isPresent()) {
            return Optional.of(a);
        }
        return assets.contains(a) ? Optional.of(assets.published(a)) : Optional.empty(); // the theme's file where it is published
    }

    private String suggestion(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<String> keys = site.pages().stream().filter(p -> p.lang().code().equals(source.lang()) && p.kind() == Page.Kind.CONTENT)
                .map(Page::key).distinct().toList();
        List<String> names = keys.stream().map(k -> k.substring(k.lastIndexOf('/') + 1)).distinct().toList();
        return DidYouMean.closest(name, names).flatMap(n -> keys.stream().filter(k -> k.endsWith("/" + n) || k.equals(n)).findFirst())
                .map(k -> "did you mean content/" + source.lang() + "/" + k + "? Paths are relative to this file")
                .orElse("no page content/" + source.lang() + "/" + Urls.normalize(Keys.dir(source.relPath()) + path)
                        + " exists; paths are relative to this file");
    }

    private void error(Written use, String message, String hint) {
        problems.add(Problem.error(source.file(), use.line(), use.column(), message, hint));
    }
}
