package se.fristad.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import se.fristad.write.AtomicOutput;

/**
 * Puts a finished build on a {@link Target} so that the server ends up holding exactly the build, plus whatever others
 * put there, and a reader meets a whole site at every moment of the way:
 * <ol>
 * <li>only files whose SHA-256 differs from the target's {@link Manifest} (or that are missing there) are sent;</li>
 * <li>new files that are not pages (assets, search shards, images) go first, then changed ones, then new pages, then
 *     changed pages, then the files that point at pages or at the search shards ({@code search/<lang>/meta.js},
 *     {@code sitemap.xml}, {@code stod.json}) — so nothing links to a file not yet there;</li>
 * <li>files the previous publish put there and the build no longer has are removed last;</li>
 * <li>a file on the target that no publish put there is never replaced or removed; one in the way of the build is an
 *     error before anything is sent (unless it is byte for byte the build's, or was written by a Fristad build copied
 *     there by hand, as its {@value AtomicOutput#MARKER} says);</li>
 * <li>each file is written under a temporary name and renamed into place; a journal beside the manifest records what
 *     was done, so an interrupted publish resumes where it stopped, owning what it had begun.</li>
 * </ol>
 */
public final class Publisher {
    /** Files that point at pages or at the search index's shards: sent after every page. */
    private static final Pattern LATE = Pattern.compile("search/[^/]+/meta\\.js(\\.gz)?|sitemap\\.xml|robots\\.txt|(.+/)?stod\\.json");
    private static final int JOURNAL_EVERY = 50;

    /** What a publish will do, in the order it does it. */
    public record Plan(List<String> uploads, Set<String> added, List<String> deletions, boolean resuming, int unchanged) {
        public boolean isEmpty() {
            return uploads.isEmpty() && deletions.isEmpty();
        }
    }

    /** What a publish did. */
    public record Result(int added, int changed, int deleted, int unchanged, long millis) {
    }

    private final Path build;
    private final Target target;
    private final Consumer<String> log;

    public Publisher(Path build, Target target, Consumer<String> log) {
        this.build = build;
        this.target = target;
        this.log = log;
    }

    /** Works out what would change, and refuses (with every reason at once) when the target is not the build's to change. */
    public Plan plan() throws IOException, PublishException {
        return plan(Manifest.ofBuild(build));
    }

    private Plan plan(Manifest next) throws IOException, PublishException {
        Target.Listing listing = target.list();
        Map<String, String> current = new HashMap<>();
        Set<String> owned = new HashSet<>();
        Manifest old = target.read(Manifest.NAME).map(b -> Manifest.parse(new String(b, StandardCharsets.UTF_8))).orElse(Manifest.empty());
        current.putAll(old.files());
        owned.addAll(old.files().keySet());
        Optional<byte[]> journal = target.read(Manifest.JOURNAL);
        Set<String> unconfirmed = new HashSet<>(); // begun by an interrupted publish, not known to be done
        journal.ifPresent(bytes -> replay(new String(bytes, StandardCharsets.UTF_8), current, owned, unconfirmed));
        // A build copied there by hand: its marker lists what Fristad wrote, and the marker itself is Fristad's.
        target.read(AtomicOutput.MARKER).ifPresent(bytes -> {
            owned.add(AtomicOutput.MARKER);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("state: ")) {
                    owned.add(line.strip());
                }
            }
        });

        List<String> foreign = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<String> newFiles = new ArrayList<>();
        List<String> newPages = new ArrayList<>();
        List<String> changedFiles = new ArrayList<>();
        List<String> changedPages = new ArrayList<>();
        List<String> late = new ArrayList<>();
        Set<String> added = new LinkedHashSet<>();
        int unchanged = 0;
        for (Map.Entry<String, String> e : next.files().entrySet()) {
            String rel = e.getKey();
            String link = listing.linkOnTheWay(rel);
            if (link != null) {
                links.add(link);
                continue;
            }
            boolean there = listing.files().contains(rel);
            if (there && !owned.contains(rel)) {
                if (sameBytes(rel, e.getValue())) { // the same file: take it over
                    owned.add(rel);
                    current.put(rel, e.getValue());
                } else {
                    foreign.add(rel);
                    continue;
                }
            }
            boolean isNew = !there;
            if (!isNew && unconfirmed.contains(rel) && !e.getValue().equals(current.get(rel)) && sameBytes(rel, e.getValue())) {
                current.put(rel, e.getValue()); // sent before the interruption, not yet in the journal
            }
            if (!isNew && e.getValue().equals(current.get(rel))) {
                unchanged++;
                continue;
            }
            if (isNew) {
                added.add(rel);
            }
            boolean page = rel.endsWith(".html");
            (LATE.matcher(rel).matches() ? late : page ? (isNew ? newPages : changedPages) : (isNew ? newFiles : changedFiles)).add(rel);
        }
        if (!links.isEmpty() || !foreign.isEmpty()) {
            List<String> why = new ArrayList<>();
            if (!links.isEmpty()) {
                why.add(count(links.size(), "länk", "länkar") + " på servern leder ut ur webbplatsens mapp: " + sample(links.stream().distinct().toList()));
            }
            if (!foreign.isEmpty()) {
                why.add(count(foreign.size(), "fil", "filer") + " på servern har samma namn som filer i bygget men lades inte dit av fristad publish: "
                        + sample(foreign));
            }
            throw new PublishException(target.describe(), String.join("; ", why) + "; ingenting skickades",
                    "publish skriver aldrig över det den inte själv har lagt dit: flytta eller ta bort de filerna på servern (eller be IT), och kör igen");
        }
        List<String> deletions = new ArrayList<>();
        for (String rel : owned) {
            if (!next.files().containsKey(rel) && listing.files().contains(rel) && !listing.links().contains(rel)) {
                deletions.add(rel);
            }
        }
        for (String rel : listing.files()) { // halves a publish left behind under a temporary name
            if (Target.isTemporary(rel) && !listing.links().contains(rel)) {
                deletions.add(rel);
            }
        }
        deletions.sort(null);
        List<String> uploads = new ArrayList<>();
        for (List<String> group : List.of(newFiles, changedFiles, newPages, changedPages, late)) {
            group.sort(null);
            uploads.addAll(group);
        }
        return new Plan(uploads, added, deletions, journal.isPresent(), unchanged);
    }

    /** Carries out {@link #plan}; an interruption leaves a journal the next publish continues from. */
    public Result publish() throws IOException, PublishException {
        long start = System.nanoTime();
        Manifest next = Manifest.ofBuild(build);
        Plan plan = plan(next);
        if (plan.isEmpty() && !plan.resuming()) { // the server has this build: nothing to write, not even the manifest
            return new Result(0, 0, 0, plan.unchanged(), (System.nanoTime() - start) / 1_000_000);
        }
        if (plan.resuming()) {
            log.accept("Fortsätter en publicering som avbröts.");
        }
        StringBuilder intent = new StringBuilder(plan.resuming() ? "" : "# fristad publish " + now() + ": planerat (?), skickat (+), borttaget (-)\n");
        for (String rel : plan.uploads()) {
            intent.append("? ").append(rel).append('\n');
        }
        for (String rel : plan.deletions()) {
            intent.append("? ").append(rel).append('\n');
        }
        if (plan.resuming()) {
            target.append(Manifest.JOURNAL, intent.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            target.write(Manifest.JOURNAL, intent.toString().getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder done = new StringBuilder();
        try {
            send(plan, next, done);
        } finally {
            try { // what was done before an interruption, so the next publish need not send it again
                flush(done);
            } catch (IOException e) { // the connection is gone: the next publish compares those files instead
            }
        }
        target.write(Manifest.NAME, next.text(now()).getBytes(StandardCharsets.UTF_8));
        target.delete(Manifest.JOURNAL);
        int added = plan.added().size();
        return new Result(added, plan.uploads().size() - added, plan.deletions().size(), plan.unchanged(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void send(Plan plan, Manifest next, StringBuilder done) throws IOException {
        int n = 0;
        long shown = System.nanoTime();
        for (String rel : plan.uploads()) {
            target.put(rel, build.resolve(rel));
            done.append("+ ").append(next.files().get(rel)).append("  ").append(rel).append('\n');
            if (++n % JOURNAL_EVERY == 0) {
                flush(done);
                if (System.nanoTime() - shown > 5_000_000_000L) {
                    log.accept("  " + n + " av " + plan.uploads().size() + " filer skickade …");
                    shown = System.nanoTime();
                }
            }
        }
        flush(done);
        for (String rel : plan.deletions()) {
            target.delete(rel);
            done.append("- ").append(rel).append('\n');
        }
        flush(done);
    }

    private void flush(StringBuilder done) throws IOException {
        if (done.length() > 0) {
            target.append(Manifest.JOURNAL, done.toString().getBytes(StandardCharsets.UTF_8));
            done.setLength(0);
        }
    }

    /** A journal's lines on top of the manifest: what was sent has its new SHA-256, what was planned is owned. */
    private static void replay(String journal, Map<String, String> current, Set<String> owned, Set<String> unconfirmed) {
        for (String line : journal.split("\n")) {
            if (line.startsWith("? ")) {
                owned.add(line.substring(2).strip());
                unconfirmed.add(line.substring(2).strip());
            } else if (line.startsWith("+ ") && line.length() > 68) {
                String rel = line.substring(68).strip();
                owned.add(rel);
                current.put(rel, line.substring(2, 66));
                unconfirmed.remove(rel);
            } else if (line.startsWith("- ")) {
                current.remove(line.substring(2).strip());
                unconfirmed.remove(line.substring(2).strip());
            }
        }
    }

    private boolean sameBytes(String rel, String sha) throws IOException {
        Optional<byte[]> bytes = target.read(rel);
        return bytes.isPresent() && Manifest.sha256(bytes.get()).equals(sha);
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String sample(List<String> items) {
        List<String> sorted = new ArrayList<>(items);
        sorted.sort(null);
        return String.join(", ", sorted.subList(0, Math.min(5, sorted.size()))) + (sorted.size() > 5 ? " …" : "");
    }
}
