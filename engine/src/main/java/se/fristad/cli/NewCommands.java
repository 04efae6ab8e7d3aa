package se.fristad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.fristad.scaffold.NewPage;
import se.fristad.scaffold.NewSite;

/** {@code fristad new site} and {@code fristad new page}: start a site or a page with one command. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Starts a new site for a municipality, or a new page.",
        subcommands = {NewCommands.SiteCommand.class, NewCommands.PageCommand.class},
        footer = {"", "Examples:",
                "  java -jar fristad.jar new site min-webbplats --municipality Kiruna",
                "  java -jar fristad.jar new page min-webbplats/content/sv/hjalp-och-stod/kvinnojouren.md --type support"})
final class NewCommands implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Today's date; tests may fix it with -Dfristad.today=2026-12-01. */
    static LocalDate today() {
        String fixed = System.getProperty("fristad.today");
        return fixed != null ? LocalDate.parse(fixed) : LocalDate.now();
    }

    @Command(name = "site", mixinStandardHelpOptions = true,
            description = {"Writes a complete site for a municipality into DIR: site.yml, the national pages in every chosen "
                    + "language, and a page on the municipality's social services.",
                    "Facts only you know are marked TODO; check warns about each until it is filled in."},
            footer = {"", "Examples:",
                    "  java -jar fristad.jar new site min-webbplats --municipality Kiruna --url https://stod.kiruna.se",
                    "  java -jar fristad.jar new site norrbotten --municipality Kiruna --municipality Gällivare --languages sv,en,ar,fi"})
    static final class SiteCommand implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A new, empty folder for the site.")
        Path dir;

        @Option(names = "--municipality", paramLabel = "NAME",
                description = "The municipality the site is for (repeat for several), e.g. --municipality Kiruna.")
        List<String> municipalities = new ArrayList<>();

        @Option(names = "--languages", paramLabel = "CODES", split = ",",
                description = "Language codes separated by commas, sv first, e.g. sv,en,ar. "
                        + "Default: every language of the default site (sv, lattlast, en, ar, fa, so, ti, fi, uk).")
        List<String> languages = new ArrayList<>();

        @Option(names = "--url", paramLabel = "URL",
                description = "The address the site will be published at, e.g. https://stod.kiruna.se (baseURL in site.yml: "
                        + "sitemap.xml and links for search engines). Without it site.yml has a TODO for it.")
        String url = "";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (municipalities.isEmpty()) {
                err.println("Which municipality is the site for? — add --municipality NAME, e.g. java -jar fristad.jar new site "
                        + dir + " --municipality Kiruna");
                err.flush();
                return 2;
            }
            try {
                NewSite.Result r = NewSite.create(dir, municipalities, languages, url, today());
                out.println("Wrote a new site with " + r.pages() + " pages into " + dir + ".");
                out.println("Fill in what is marked TODO in " + dir.resolve("site.yml") + " and " + String.join(", ", r.localPages().stream().map(l -> dir.resolve(l).toString()).toList())
                        + " (check lists each one).");
                out.println("Preview it: java -jar fristad.jar serve --site " + dir);
                out.flush();
                return 0;
            } catch (NewSite.UsageException e) {
                err.println(e.getMessage());
                err.flush();
                return 2;
            }
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true,
            description = {"Writes a new page with the front matter of its type. Optional keys are written as examples after #: "
                    + "remove the # to use one.",
                    "Under content/<another language>/, where the original page exists, it starts a translation of it "
                    + "(translation: machine)."},
            footer = {"", "Examples:",
                    "  java -jar fristad.jar new page min-webbplats/content/sv/hjalp-och-stod/kvinnojouren.md --type support",
                    "  java -jar fristad.jar new page min-webbplats/content/en/hjalp-och-stod/kvinnojouren.md"})
    static final class PageCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The new page, e.g. content/sv/hjalp-och-stod/kvinnojouren.md.")
        Path file;

        @Option(names = "--type", paramLabel = "TYPE", description = "page (default), support, definition or plan.")
        String type = "page";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                NewPage.Result r = NewPage.create(file, type, today());
                out.println(r.original() != null
                        ? "Wrote " + file + ", a translation of " + r.original() + " marked translation: machine. Translate the title and the text."
                        : "Wrote " + file + ". Write its title and text; remove # before a key to use it.");
                out.flush();
                return 0;
            } catch (NewSite.UsageException e) {
                err.println(e.getMessage());
                err.flush();
                return 2;
            }
        }
    }
}
