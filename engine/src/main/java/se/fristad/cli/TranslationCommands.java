package se.fristad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.fristad.scaffold.NewSite;
import se.fristad.scaffold.Translations;

/** {@code fristad translation done|minor}: record that a translation matches its original as it is now. */
@Command(name = "translation", mixinStandardHelpOptions = true,
        description = {"Records which version of the original a translation matches. When the original's text changes, the",
                "translation is old: check shows \"old\" and the page tells its readers that the original has changed."},
        subcommands = {TranslationCommands.Done.class, TranslationCommands.Minor.class},
        footer = {"", "Examples:",
                "  java -jar fristad.jar translation done content/en/hjalp-och-stod/kvinnojouren.md",
                "  java -jar fristad.jar translation minor content/sv/hjalp-och-stod/kvinnojouren.md"})
final class TranslationCommands implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    interface Action {
        List<Translations.Outcome> run() throws Exception;
    }

    static int run(CommandLine.Model.CommandSpec spec, Action action) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            for (Translations.Outcome o : action.run()) {
                out.println(o.message());
            }
            out.flush();
            return 0;
        } catch (NewSite.UsageException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true,
            description = "The translation is checked against its original as the original is now (after a change to the original too).",
            footer = {"", "Example:", "  java -jar fristad.jar translation done content/en/hjalp-och-stod/kvinnojouren.md"})
    static final class Done implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Translations, e.g. content/en/fa-hjalp-nu.md.")
        List<Path> files;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return run(spec, () -> Translations.done(files));
        }
    }

    @Command(name = "minor", mixinStandardHelpOptions = true,
            description = {"The latest change to this original does not concern its translations (a typo, a comma):",
                    "the translations that were up to date before it stay up to date."},
            footer = {"", "Example:", "  java -jar fristad.jar translation minor content/sv/hjalp-och-stod/kvinnojouren.md"})
    static final class Minor implements Callable<Integer> {
        @Parameters(paramLabel = "ORIGINAL", description = "The original page, e.g. content/sv/fa-hjalp-nu.md.")
        Path original;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return run(spec, () -> Translations.minor(original));
        }
    }
}
