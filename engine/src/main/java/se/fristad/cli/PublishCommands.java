package se.fristad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.fristad.config.SiteConfig;
import se.fristad.config.SiteConfigLoader;
import se.fristad.load.SiteFiles;
import se.fristad.problem.Problems;
import se.fristad.publish.FolderTarget;
import se.fristad.publish.Manifest;
import se.fristad.publish.Prompter;
import se.fristad.publish.PublishException;
import se.fristad.publish.Publisher;
import se.fristad.publish.SftpTarget;
import se.fristad.publish.Target;
import se.fristad.publish.Verifier;
import se.fristad.write.AtomicOutput;

/** {@code fristad publish} and {@code fristad verify}: put the last good build on the server, then check what residents get. */
final class PublishCommands {
    /** The prompter commands use; tests put their own answers here. */
    static Prompter prompter = Prompter.console();

    private PublishCommands() {
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = {"Publicerar det senaste lyckade bygget på webbservern: skickar bara det som ändrats, tar bort det som",
                    "tagits bort (sist, när allt nytt finns på plats) och rör aldrig filer som någon annan har lagt dit.",
                    "Målet: publishTo i site.yml, eller --to. Avbryts det, fortsätter nästa publish där det slutade."},
            footer = {"", "Exempel:",
                    "  java -jar fristad.jar build --site min-webbplats",
                    "  java -jar fristad.jar publish --site min-webbplats --dry-run",
                    "  java -jar fristad.jar publish --site min-webbplats --to sftp://anna@webb.kommun.se/var/www/stod",
                    "  java -jar fristad.jar publish --site min-webbplats --to /mnt/webbserver/stod"})
    static final class PublishCommand implements Callable<Integer> {
        @Option(names = "--site", paramLabel = "DIR", description = "Webbplatsens mapp (med site.yml). Standard: den här mappen.")
        Path site = Paths.get(".");

        @Option(names = "--to", paramLabel = "MÅL", description = "sftp://användare@server/sökväg eller en mapp. Standard: publishTo i site.yml.")
        String to;

        @Option(names = "--build", paramLabel = "DIR", description = "Bygget som ska publiceras. Standard: DIR/target/site.")
        Path build;

        @Option(names = "--dry-run", description = "Visa vad som skulle skickas och tas bort, men gör ingenting.")
        boolean dryRun;

        @Option(names = "--identity", paramLabel = "FIL", description = "Din privata SSH-nyckel. Standard: ssh-agenten, sedan ~/.ssh/id_ed25519, id_ecdsa, id_rsa.")
        Path identity;

        @Option(names = "--known-hosts", paramLabel = "FIL", description = "Servrar du litar på. Standard: ~/.ssh/known_hosts.")
        Path knownHosts;

        @Option(names = "--host-key", paramLabel = "SHA256:…", description = "Serverns fingeravtryck, som IT har gett dig: godtar en okänd server med just det.")
        String hostKey;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path cwd = Paths.get("").toAbsolutePath();
            Problems problems = new Problems();
            Optional<SiteConfig> config = SiteConfigLoader.load(site, problems);
            if (config.isEmpty()) {
                problems.sorted().forEach(p -> err.println(p.format(cwd)));
                err.println("Ingenting publicerades: rätta site.yml först.");
                return 1;
            }
            String destination = to != null ? to.strip() : config.get().publishTo();
            Path siteYml = site.resolve("site.yml");
            if (destination.isEmpty()) {
                err.println(shown(siteYml, cwd) + ":1:1: det står inte vart webbplatsen ska publiceras — skriv publishTo: sftp://användare@server/sökväg"
                        + " (eller mappen på en nätverksenhet) i site.yml, eller ange --to; IT vet adressen");
                return 1;
            }
            Path dir = (build != null ? build : site.resolve("target").resolve("site")).toAbsolutePath().normalize();
            if (!Manifest.isBuild(dir)) {
                err.println(dir + ": här finns inget färdigt bygge — kör först: java -jar fristad.jar build --site " + site);
                return 1;
            }
            stale(dir).ifPresent(changed -> out.println("OBS: " + changed + " har ändrats efter bygget från "
                    + modified(dir.resolve(AtomicOutput.MARKER)) + ". Det som publiceras är bygget; kör build först om ändringen ska med."));
            try (Target target = open(destination, to == null, dir)) {
                Publisher publisher = new Publisher(dir, target, out::println);
                if (dryRun) {
                    Publisher.Plan plan = publisher.plan();
                    out.println("Provkörning mot " + target.describe() + " (ingenting skickas):");
                    int others = 0;
                    for (String rel : plan.uploads()) {
                        if (rel.endsWith(".html")) { // the pages; the files beside them are counted
                            out.println((plan.added().contains(rel) ? "  ny sida      " : "  ändrad sida  ") + rel);
                        } else {
                            others++;
                        }
                    }
                    if (others > 0) {
                        out.println("  och " + others + " andra nya eller ändrade filer (bilder, stilar, sökningen)");
                    }
                    int gone = 0;
                    for (String rel : plan.deletions()) {
                        if (rel.endsWith(".html")) {
                            out.println("  tas bort     " + rel);
                        } else {
                            gone++;
                        }
                    }
                    if (gone > 0) {
                        out.println("  och " + gone + " andra filer tas bort (bilder, stilar, sökningen från förra bygget)");
                    }
                    out.println(plan.isEmpty() ? "Servern har redan det här bygget; ingenting skulle ändras."
                            : plan.added().size() + " nya, " + (plan.uploads().size() - plan.added().size()) + " ändrade och "
                            + plan.deletions().size() + " borttagna filer; " + plan.unchanged() + " oförändrade."
                            + (plan.resuming() ? " (Fortsätter en publicering som avbröts.)" : ""));
                    return 0;
                }
                out.println("Publicerar " + dir + " till " + target.describe() + " …");
                Publisher.Result r = publisher.publish();
                out.println("Publicerat till " + target.describe() + ": " + r.added() + " nya, " + r.changed() + " ändrade och "
                        + r.deleted() + " borttagna filer; " + r.unchanged() + " oförändrade (" + r.millis() + " ms).");
                String url = config.get().baseUrl();
                out.println("Kontrollera vad besökarna får: java -jar fristad.jar verify " + (url.isEmpty() ? "https://webbplatsens-adress/" : url + "/")
                        + " --site " + site);
                return 0;
            } catch (PublishException e) {
                err.println(e.format());
                return 1;
            } catch (IOException e) {
                err.println(destination + ": publiceringen avbröts: " + e.getMessage()
                        + " — kör publish igen när felet är åtgärdat: den fortsätter där den slutade, och besökarna ser under tiden hela sidor");
                return 1;
            }
        }

        private Target open(String destination, boolean fromSiteYml, Path build) throws PublishException {
            if (destination.regionMatches(true, 0, "sftp://", 0, 7)) {
                SftpTarget.Login defaults = SftpTarget.Login.defaults();
                SftpTarget.Login login = new SftpTarget.Login(knownHosts != null ? knownHosts : defaults.knownHosts(), identity, hostKey);
                return SftpTarget.connect(SftpTarget.Address.parse(destination), login, prompter);
            }
            Path folder = (fromSiteYml ? site.resolve(destination) : Paths.get(destination)).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new PublishException(folder.toString(), Files.isSymbolicLink(folder) ? "mappen är en länk, och publish följer inga länkar"
                        : "mappen finns inte", "är nätverksenheten ansluten? Ange webbserverns mapp (den IT har gett dig)");
            }
            Path siteDir = site.toAbsolutePath().normalize();
            if (folder.startsWith(siteDir) && !folder.startsWith(siteDir.resolve("target").resolve("publish")) || build.startsWith(folder)) {
                throw new PublishException(folder.toString(), "mappen ligger i webbplatsens egen mapp eller innehåller bygget",
                        "publicera till webbserverns mapp, utanför " + siteDir);
            }
            return new FolderTarget(folder);
        }

        /** A source file changed after the build, if any: a publish then sends what was built, not what was saved. */
        private Optional<String> stale(Path dir) {
            try {
                FileTime built = Files.getLastModifiedTime(dir.resolve(AtomicOutput.MARKER));
                List<Path> roots = new java.util.ArrayList<>(List.of(site.resolve("site.yml"), site.resolve("content")));
                SiteFiles.READ.forEach(r -> roots.add(site.resolve(r)));
                for (Path root : roots) {
                    if (!Files.exists(root)) {
                        continue;
                    }
                    try (Stream<Path> files = Files.walk(root)) {
                        Optional<Path> newer = files.filter(Files::isRegularFile).filter(p -> {
                            try {
                                return Files.getLastModifiedTime(p).compareTo(built) > 0;
                            } catch (IOException e) {
                                return false;
                            }
                        }).findFirst();
                        if (newer.isPresent()) {
                            return Optional.of(site.relativize(newer.get()).toString());
                        }
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Kontrollerar den publicerade webbplatsen som en besökares webbläsare möter den: att varje publicerad",
                    "sida finns och är den senaste, säkerhetsrubrikerna, HTTPS, sidan som inte finns (status 404) i varje språk,",
                    "komprimerade sökfiler, att ingenting hämtas från andra servrar och att inga kakor sätts.",
                    "Skriver vad som är fel och hur IT rättar det. Slutkod 1 när något är fel."},
            footer = {"", "Exempel:", "  java -jar fristad.jar verify https://stod.kommun.se/ --site min-webbplats"})
    static final class VerifyCommand implements Callable<Integer> {
        @Parameters(paramLabel = "ADRESS", arity = "0..1", description = "Webbplatsens adress. Standard: baseURL i site.yml.")
        String url;

        @Option(names = "--site", paramLabel = "DIR", description = "Webbplatsens mapp: då jämförs servern också med det senaste bygget.")
        Path site;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Manifest local = null;
            String address = url;
            if (site != null) {
                Problems problems = new Problems();
                Optional<SiteConfig> config = SiteConfigLoader.load(site, problems);
                if (address == null && config.isPresent() && !config.get().baseUrl().isEmpty()) {
                    address = config.get().baseUrl();
                }
                Path dir = site.resolve("target").resolve("site");
                if (Manifest.isBuild(dir)) {
                    try {
                        local = Manifest.ofBuild(dir);
                    } catch (IOException e) {
                        err.println(dir + ": bygget går inte att läsa: " + e.getMessage() + " — kör build igen");
                        return 1;
                    }
                }
            }
            if (address == null) {
                err.println("verify: ange webbplatsens adress, till exempel: java -jar fristad.jar verify https://stod.kommun.se/"
                        + " — eller skriv baseURL i site.yml och ange --site");
                return 2;
            }
            URI uri;
            try {
                uri = URI.create(address.strip());
                if (uri.getHost() == null || !uri.getScheme().matches("(?i)https?")) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                err.println(address + ": ingen webbadress — skriv hela adressen, till exempel https://stod.kommun.se/");
                return 2;
            }
            List<Verifier.Finding> findings = new Verifier(uri, local, out::println).run();
            long errors = findings.stream().filter(Verifier.Finding::error).count();
            for (Verifier.Finding f : findings) {
                (f.error() ? err : out).println(f.format());
            }
            if (errors == 0) {
                out.println("Allt stämmer på " + uri + ".");
                return 0;
            }
            err.println(errors + (errors == 1 ? " fel" : " fel") + " på " + uri
                    + ". Ge IT den här utskriften och docs/webbserver.md; kör verify igen när det är rättat.");
            err.flush();
            return 1;
        }
    }

    private static String shown(Path p, Path cwd) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static String modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
