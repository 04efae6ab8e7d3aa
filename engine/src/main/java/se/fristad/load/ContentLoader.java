package se.fristad.load;

import se.fristad.text.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.fristad.config.SiteConfig;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/** Loads {@code content/<lang>/**}: Markdown files become {@link SourcePage}s, other files are copied as they are. */
public final class ContentLoader {
    private final Path siteDir;
    private final SiteConfig config;

    public ContentLoader(Path siteDir, SiteConfig config) {
        this.siteDir = siteDir;
        this.config = config;
    }

    public Content load(boolean includeDrafts, Problems problems) {
        return load(includeDrafts, true, problems);
    }

    /**
     * @param keepText false lets go of each page's text as soon as its front matter is read ({@link SourcePage#release}):
     *                 a build reads it again when it renders the page, so a site's text is never all in memory at once
     */
    public Content load(boolean includeDrafts, boolean keepText, Problems problems) {
        Path content = siteDir.resolve("content");
        if (!Files.isDirectory(content)) {
            problems.add(Problem.error(content, 1, 1, "no content folder",
                    "create content/" + config.source().code() + "/index.md with your home page"));
            return new Content(List.of(), List.of());
        }
        List<Path> files;
        try {
            files = SiteFiles.walk(siteDir, content, problems);
        } catch (IOException e) {
            problems.add(Problem.error(content, 1, 1, "cannot read the content folder: " + e.getMessage(), "check permissions"));
            return new Content(List.of(), List.of());
        }
        List<StaticFile> statics = Collections.synchronizedList(new ArrayList<>());
        List<SourcePage> pages = files.parallelStream().map(file -> {
            Path rel = content.relativize(file);
            if (rel.getNameCount() < 2) {
                problems.add(Problem.error(file, 1, 1, "file outside a language folder",
                        "move it to content/" + config.source().code() + "/" + rel));
                return null;
            }
            String lang = rel.getName(0).toString();
            String relPath = Normalizer.normalize(rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/'), Normalizer.Form.NFC);
            if (!config.hasLanguage(lang)) {
                problems.add(Problem.error(file, 1, 1, "folder content/" + lang + "/ is for a language that is not in site.yml",
                        "add " + lang + " to languages in site.yml, or move the file to content/" + config.source().code() + "/"));
                return null;
            }
            if (!relPath.endsWith(".md")) {
                statics.add(new StaticFile(file, lang, relPath));
                return null;
            }
            SourcePage page = loadPage(file, lang, relPath, problems).filter(p -> includeDrafts || !p.front().draft()).orElse(null);
            if (page != null && !keepText) {
                page.release();
            }
            return page;
        }).filter(Objects::nonNull).sorted(Comparator.comparing(SourcePage::lang).thenComparing(SourcePage::relPath)).toList();
        List<StaticFile> sortedStatics = new ArrayList<>(statics);
        sortedStatics.sort(Comparator.comparing(StaticFile::lang).thenComparing(StaticFile::relPath));
        return new Content(pages, sortedStatics);
    }

    /** Loads one Markdown file; used by the full load and by {@code serve} when a file changes. */
    public Optional<SourcePage> loadPage(Path file, String lang, String relPath, Problems problems) {
        // the parser judges success by its own error count: give each file its own collector, since files load in parallel
        Problems own = new Problems();
        try {
            return TextFiles.readUtf8(file, own).flatMap(text -> FrontMatterParser.parse(file, lang, relPath, text,
                    config.municipalities(), lang.equals(config.source().code()), own));
        } catch (IOException e) {
            own.add(Problem.error(file, 1, 1, "cannot read file: " + e.getMessage(), "check the file's permissions"));
            return Optional.empty();
        } finally {
            problems.addAll(own.sorted());
        }
    }

    /** Hidden files and editors' temporary files are not content. */
    public static boolean ignored(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.startsWith(".") || s.startsWith("#")) {
                return true;
            }
        }
        String name = rel.getFileName().toString();
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp");
    }
}
