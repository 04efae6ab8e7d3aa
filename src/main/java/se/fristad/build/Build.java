package se.fristad.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.fristad.check.AnchorChecker;
import se.fristad.config.Language;
import se.fristad.config.SiteConfig;
import se.fristad.config.SiteConfigLoader;
import se.fristad.load.Content;
import se.fristad.load.ContentLoader;
import se.fristad.load.StaticFile;
import se.fristad.model.Page;
import se.fristad.model.Site;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;
import se.fristad.render.Layouts;
import se.fristad.render.LinkResolver.AnchorUse;
import se.fristad.render.MarkdownRenderer;
import se.fristad.render.PageRenderer;
import se.fristad.render.Theme;
import se.fristad.write.AtomicOutput;

/**
 * One run of the pipeline: load → model → render → check → write. Problems are collected from every stage;
 * the output folder is replaced only when there are none.
 */
public final class Build {

    /** What the run did. */
    public record Result(List<Problem> problems, int pages, long millis, Site site) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private final Path siteDir;
    private final boolean drafts;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public Build(Path siteDir, boolean drafts) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.drafts = drafts;
    }

    public Path siteDir() {
        return siteDir;
    }

    /** Runs every check; writes nothing. */
    public Result check() {
        return run(null);
    }

    /** Builds into {@code out}, replacing it only on success. */
    public Result build(Path out) {
        return run(out);
    }

    private Result run(Path out) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Optional<SiteConfig> config = SiteConfigLoader.load(siteDir, problems);
        if (config.isEmpty()) {
            return new Result(problems.sorted(), 0, elapsed(start), null);
        }
        Content content = new ContentLoader(siteDir, config.get()).load(drafts, problems);
        Site site = Site.of(config.get(), content, problems);
        Theme theme = new Theme(siteDir);
        AtomicOutput output = null;
        try {
            Map<String, Path> assets = theme.assets();
            Map<String, Map<String, String>> strings = new HashMap<>();
            for (Language l : site.languages()) {
                strings.put(l.code(), theme.strings(l.code(), site.config().source().code(), problems));
            }
            PageRenderer renderer = new PageRenderer(site, new Layouts(theme), markdown, strings, assets.keySet());
            if (out != null) {
                output = AtomicOutput.begin(out);
            }
            AtomicOutput sink = output;
            List<AnchorUse> anchors = Collections.synchronizedList(new ArrayList<>());
            Map<Path, Set<String>> ids = new ConcurrentHashMap<>();
            List<Page> pages = site.pages();
            pages.parallelStream().forEach(page -> {
                PageRenderer.Result r = renderer.render(page, problems);
                anchors.addAll(r.anchors());
                if (page.kind() != Page.Kind.FALLBACK && page.source() != null) {
                    ids.put(page.source().file(), r.ids());
                }
                if (sink != null && r.html() != null) {
                    sink.write(page.outputPath(), r.html().getBytes(StandardCharsets.UTF_8));
                }
            });
            AnchorChecker.check(anchors, ids, problems);
            if (output != null) {
                if (problems.hasErrors()) {
                    output.discard();
                } else {
                    for (Map.Entry<String, Path> a : assets.entrySet()) {
                        output.copy(a.getValue(), a.getKey());
                    }
                    for (StaticFile f : site.staticFiles()) {
                        String prefix = f.lang().equals(site.config().source().code()) ? "" : f.lang() + "/";
                        output.copy(f.file(), prefix + f.relPath());
                    }
                    output.commit();
                }
            }
            return new Result(problems.sorted(), pages.size(), elapsed(start), site);
        } catch (IOException | UncheckedIOException e) {
            if (output != null) {
                output.discard();
            }
            problems.add(Problem.error(out != null ? out : siteDir, 1, 1, "cannot write the site: " + e.getMessage(),
                    "check that the output folder is writable and the disk is not full"));
            return new Result(problems.sorted(), 0, elapsed(start), site);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
