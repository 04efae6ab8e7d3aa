package se.fristad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.fristad.build.Build;
import se.fristad.check.Readability;
import se.fristad.check.TranslationReport;
import se.fristad.problem.Problem;
import se.fristad.serve.DevServer;

/** The {@code fristad} command: build, check and serve a site directory. */
@Command(name = "fristad", mixinStandardHelpOptions = true, version = "fristad 0.1.0",
        description = "Builds an accessible, multilingual static site from Markdown.",
        subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, Main.ServeCommand.class, Main.SearchCommand.class,
                Main.IndexCommand.class, NewCommands.class, TranslationCommands.class,
                PublishCommands.PublishCommand.class, PublishCommands.VerifyCommand.class},
        footer = {"", "Examples:",
                "  java -jar fristad.jar new site min-webbplats --municipality Kiruna",
                "  java -jar fristad.jar serve --site min-webbplats",
                "  java -jar fristad.jar check --site min-webbplats",
                "", "A guide for editors, in Swedish: docs/redaktorer.md"})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 problems in the site, 2 bad usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            // a user's mistake is a Problem with its file and line; what gets here is Fristad's own fault
            err.println("fristad: internal error: " + e + " — this is a bug in Fristad, not in your site; please report it"
                    + " with the command you ran (set FRISTAD_DEBUG=1 to see where it happened)");
            if (System.getenv("FRISTAD_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return 70;
        });
        return cl.execute(args);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    static class SiteOptions {
        @Option(names = "--site", paramLabel = "DIR", description = "The site directory (with site.yml and content/). Default: the current directory.")
        Path site = Paths.get(".");

        @Option(names = "--drafts", description = "Include pages marked draft: true.")
        boolean drafts;
    }

    /** Prints every problem and a one-line summary; returns the exit code. */
    static int report(Build.Result result, PrintWriter out, PrintWriter err, String done) {
        return report(result, java.util.List.of(), out, err, done);
    }

    /** As {@link #report(Build.Result, PrintWriter, PrintWriter, String)}, with warnings of the CLI's own (TODOs). */
    static int report(Build.Result result, java.util.List<Problem> more, PrintWriter out, PrintWriter err, String done) {
        Path cwd = Paths.get("").toAbsolutePath();
        java.util.List<Problem> all = new java.util.ArrayList<>(result.problems());
        all.addAll(more);
        for (Problem p : all) {
            err.println(p.format(cwd));
        }
        long errors = result.problems().stream().filter(Problem::isError).count();
        if (errors > 0) {
            long warnings = all.size() - errors;
            err.println(errors + (errors == 1 ? " error" : " errors") + (warnings > 0 ? " and " + warnings + " warning" + (warnings == 1 ? "" : "s") : "")
                    + "; nothing was written, the last good site is unchanged.");
            err.flush();
            return 1;
        }
        out.println(done);
        out.flush();
        return 0;
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site into static files.",
            footer = {"", "Examples:", "  java -jar fristad.jar build --site min-webbplats",
                    "  java -jar fristad.jar build --site min-webbplats --out /tmp/webbplats",
                    "Then copy everything in the output folder (default: DIR/target/site) to the web server."})
    static class BuildCommand implements Callable<Integer> {
        @CommandLine.Mixin
        SiteOptions options = new SiteOptions();

        @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site. Default: DIR/target/site of --site.")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path target = out != null ? out : options.site.resolve("target").resolve("site");
            Build build = new Build(options.site, options.drafts);
            Build.Result r = build.build(target);
            return report(r, r.site() != null ? se.fristad.check.Todos.find(options.site) : java.util.List.of(),
                    spec.commandLine().getOut(), spec.commandLine().getErr(),
                    "Built " + r.pages() + " pages into " + target.toAbsolutePath().normalize() + " in " + r.millis() + " ms"
                            + " (search index: " + build.searchMillis() + " ms).");
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = {"Runs every check of a build and writes nothing.",
            "Exit code 0 when there are no errors (warnings, such as TODOs not filled in, do not count), 1 with errors."},
            footer = {"", "Example:", "  java -jar fristad.jar check --site min-webbplats"})
    static class CheckCommand implements Callable<Integer> {
        @CommandLine.Mixin
        SiteOptions options = new SiteOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Build.Result r = new Build(options.site, options.drafts).check();
            if (r.site() != null && r.site().languages().size() > 1) {
                spec.commandLine().getOut().print(TranslationReport.table(r.site()));
            }
            if (r.site() != null) {
                spec.commandLine().getOut().print(Readability.table(r.site()));
            }
            java.util.List<Problem> todos = se.fristad.check.Todos.find(options.site);
            long warnings = r.problems().stream().filter(p -> !p.isError()).count();
            java.util.List<String> left = new java.util.ArrayList<>();
            if (warnings > 0) {
                left.add(warnings + " warning" + (warnings == 1 ? "" : "s"));
            }
            if (!todos.isEmpty()) {
                left.add(todos.size() + " TODO" + (todos.size() == 1 ? "" : "s") + " left");
            }
            return report(r, todos, spec.commandLine().getOut(), spec.commandLine().getErr(),
                    (left.isEmpty() ? "No problems in " : "No errors (" + String.join(", ", left) + ") in ") + r.pages() + " pages.");
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Searches the built site's Lucene index and prints the ranked results (the browser's search gives the same order).",
            footer = {"", "Example:", "  java -jar fristad.jar search --site min-webbplats --lang sv \"våld hemma\""})
    static class SearchCommand implements Callable<Integer> {
        @Option(names = "--site", paramLabel = "DIR", description = "The site directory. Default: the current directory.")
        Path site = Paths.get(".");

        @Option(names = "--out", paramLabel = "DIR", description = "Where the site was built. Default: DIR/target/site of --site.")
        Path out;

        @Option(names = "--lang", paramLabel = "CODE", required = true, description = "The language edition to search, e.g. sv.")
        String lang;

        @Option(names = "--limit", paramLabel = "N", description = "How many results (default: ${DEFAULT-VALUE}).")
        int limit = 10;

        @CommandLine.Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to search for.")
        java.util.List<String> words;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path built = this.out != null ? this.out : site.resolve("target").resolve("site");
            Path root = se.fristad.build.SearchBuild.luceneDir(built);
            Path dir = root.resolve(lang);
            if (!java.nio.file.Files.isRegularFile(dir.resolve("fristad.properties"))) {
                java.util.List<String> have = new java.util.ArrayList<>();
                if (java.nio.file.Files.isDirectory(root)) {
                    try (var list = java.nio.file.Files.list(root)) {
                        list.filter(java.nio.file.Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(have::add);
                    }
                }
                err.println(have.isEmpty()
                        ? "no search index in " + root + " — build the site first: java -jar fristad.jar build" + (this.out != null ? " --out " + this.out : "")
                        : "no search index for language \"" + lang + "\" — the site has: " + String.join(", ", have));
                err.flush();
                return have.isEmpty() ? 1 : 2;
            }
            String query = String.join(" ", words);
            try (se.fristad.search.Searcher s = se.fristad.search.Searcher.open(dir)) {
                var plan = s.plan(query);
                var hits = s.search(plan, limit);
                if (plan.isEmpty()) {
                    out.println("No searchable words in \"" + query + "\" (only stop words or signs).");
                } else if (hits.isEmpty()) {
                    out.println("No pages match \"" + query + "\".");
                }
                int rank = 1;
                for (var h : hits) {
                    out.printf(java.util.Locale.ROOT, "%d. %s  /%s  (score %.4f, %d/%d words, %d exact)%n", rank++, h.title(), h.url(),
                            h.score(), h.words(), plan.words().size(), h.exactWords());
                    if (!h.excerpt().isEmpty()) {
                        out.println("   " + h.excerpt());
                    }
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = {"Adds Fristad's search to a folder of HTML built by anything (Hugo, JBake, MkDocs, Eleventy, by hand).",
                    "Each page's language comes from <html lang>, its text from the element marked data-fristad-body, else <main>,",
                    "else <body>; the index and the client go to DIR/search/ (the Lucene index the search command reads: DIR-lucene/)."},
            footer = {"", "Example (Hugo):", "  hugo && java -jar fristad.jar index --site public",
                    "Then, in a page: <script src=\"/search/fristad-search.js\" defer></script> and <div data-fristad-search></div>",
                    "(README: \"Use the search on another site\")."})
    static class IndexCommand implements Callable<Integer> {
        @Option(names = "--site", paramLabel = "DIR", required = true, description = "The folder of built HTML pages.")
        Path site;

        @Option(names = "--output-subdir", paramLabel = "NAME", description = "The folder inside DIR for the index (default: ${DEFAULT-VALUE}).")
        String subdir = "search";

        @Option(names = "--default-lang", paramLabel = "TAG", description = "The language of pages without <html lang> (default: ${DEFAULT-VALUE}: no stemming).")
        String defaultLang = "und";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            se.fristad.problem.Problems problems = new se.fristad.problem.Problems();
            var r = se.fristad.search.SiteIndexer.index(site, subdir, defaultLang, problems);
            Path cwd = Paths.get("").toAbsolutePath();
            for (Problem p : problems.sorted()) {
                err.println(p.format(cwd));
            }
            if (r == null) {
                err.println("Nothing was written; an index made before is unchanged.");
                err.flush();
                return 1;
            }
            StringBuilder editions = new StringBuilder();
            r.pagesPerEdition().forEach((code, n) -> editions.append(editions.length() > 0 ? ", " : "").append(code).append(' ').append(n));
            int pages = r.pagesPerEdition().values().stream().mapToInt(Integer::intValue).sum();
            out.printf(java.util.Locale.ROOT, "Indexed %d pages (%s) into %s in %d ms: %d files, %.1f KB.%n", pages, editions,
                    site.toAbsolutePath().normalize().resolve(subdir), r.millis(), r.files(), r.bytes() / 1024.0);
            out.println("Add to a page: <script src=\"/" + subdir + "/" + se.fristad.search.SiteIndexer.CLIENT
                    + "\" defer></script> and <div data-fristad-search></div>");
            out.flush();
            return 0;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Previews the site on http://127.0.0.1:PORT/ and reloads the browser when a file changes.",
            footer = {"", "Example:", "  java -jar fristad.jar serve --site min-webbplats",
                    "Then open http://127.0.0.1:1313/ in the browser. Stop with Ctrl+C."})
    static class ServeCommand implements Callable<Integer> {
        @CommandLine.Mixin
        SiteOptions options = new SiteOptions();

        @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port = 1313;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (DevServer server = DevServer.start(options.site, port, options.drafts, spec.commandLine().getOut(), spec.commandLine().getErr())) {
                server.awaitStop();
            } catch (java.net.BindException e) {
                spec.commandLine().getErr().println("port " + port + " on 127.0.0.1 is already in use (perhaps by another fristad serve)"
                        + " — stop that program, or choose another port: serve --port " + (port == 65535 ? 1313 : port + 1)
                        + " (--port 0 picks a free one)");
                return 1;
            }
            return 0;
        }
    }
}
