package se.fristad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import se.fristad.text.TextFiles;
import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/**
 * A language's synonyms from {@code synonyms/<code>.txt} in the site directory, in Solr's format:
 * {@code slår, slag, misshandel, fysiskt våld} makes the words equivalent; {@code hedersvåld => hedersrelaterat våld}
 * replaces the left side by the right. Each entry is analysed with the language's chain (so rules match inflected
 * text as its stem), and the same rules are applied when indexing (Lucene's SynonymGraphFilter) and when querying,
 * in Java and in the browser.
 *
 * @param map     the rules for Lucene; null when there are none
 * @param entries every input (as analysed terms) with its outputs and whether the input itself is kept, in the
 *                form the browser client applies them
 */
public record Synonyms(SynonymMap map, Map<List<String>, Entry> entries) {

    /** What an input maps to. */
    public record Entry(List<List<String>> outputs, boolean keepOriginal) {
    }

    public static final Synonyms NONE = new Synonyms(null, Map.of());

    /** The file a site's synonyms for {@code code} live in. */
    public static Path file(Path siteDir, String code) {
        return siteDir.resolve("synonyms").resolve(code + ".txt");
    }

    /** Reads and analyses the rules; every bad line is reported with its position, the good ones are kept. */
    public static Synonyms load(Path file, Analysis.Chain chain, Problems problems) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Optional<String> text;
        try {
            text = TextFiles.readUtf8(file, problems);
        } catch (IOException e) {
            problems.add(Problem.error(file, 1, 1, "cannot read: " + e.getMessage(), "check the file's permissions"));
            return NONE;
        }
        if (text.isEmpty()) {
            return NONE;
        }
        try (Analyzer analyzer = Analysis.plain(chain)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            Map<List<String>, List<List<String>>> outputs = new LinkedHashMap<>();
            Map<List<String>, Boolean> keep = new LinkedHashMap<>();
            String[] lines = text.get().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<Pair> pairs = new ArrayList<>();
                if (!rule(file, i + 1, lines[i], line, parser, pairs, problems)) {
                    continue;
                }
                for (Pair p : pairs) {
                    builder.add(p.in, p.out, p.keep);
                    List<String> in = words(p.in);
                    List<List<String>> outs = outputs.computeIfAbsent(in, k -> new ArrayList<>());
                    List<String> out = words(p.out);
                    if (!outs.contains(out)) {
                        outs.add(out);
                    }
                    keep.merge(in, p.keep, Boolean::logicalOr);
                }
            }
            if (outputs.isEmpty()) {
                return NONE;
            }
            Map<List<String>, Entry> entries = new LinkedHashMap<>();
            outputs.forEach((in, outs) -> entries.put(in, new Entry(List.copyOf(outs), keep.get(in))));
            return new Synonyms(builder.build(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Pair(CharsRef in, CharsRef out, boolean keep) {
    }

    /** One line, as SolrSynonymParser reads it: {@code a, b => c} maps, {@code a, b, c} makes equivalent. */
    private static boolean rule(Path file, int lineNo, String raw, String line, SolrSynonymParser parser, List<Pair> pairs, Problems problems) {
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            problems.add(Problem.error(file, lineNo, raw.indexOf("=>", raw.indexOf("=>") + 2) + 1, "more than one => on a line",
                    "write one rule per line: words, … => replacement, …"));
            return false;
        }
        List<CharsRef> left = analyse(file, lineNo, raw, sides[0], parser, problems);
        if (left == null) {
            return false;
        }
        if (sides.length == 2) {
            List<CharsRef> right = analyse(file, lineNo, raw, sides[1], parser, problems);
            if (right == null) {
                return false;
            }
            for (CharsRef in : left) {
                for (CharsRef out : right) {
                    pairs.add(new Pair(in, out, false));
                }
            }
        } else {
            if (left.size() < 2) {
                problems.add(Problem.error(file, lineNo, 1, "a synonym line needs at least two words or phrases",
                        "separate them with commas: slår, slag, misshandel"));
                return false;
            }
            for (CharsRef a : left) {
                for (CharsRef b : left) {
                    if (a != b) {
                        pairs.add(new Pair(a, b, true));
                    }
                }
            }
        }
        return true;
    }

    private static List<CharsRef> analyse(Path file, int lineNo, String raw, String side, SolrSynonymParser parser, Problems problems) {
        List<CharsRef> out = new ArrayList<>();
        for (String part : side.split(",", -1)) {
            String entry = part.strip();
            int col = Math.max(1, raw.indexOf(entry) + 1);
            if (entry.isEmpty()) {
                problems.add(Problem.error(file, lineNo, col, "empty entry in a synonym rule", "remove the extra comma"));
                return null;
            }
            try {
                out.add(parser.analyze(entry, new CharsRefBuilder()));
            } catch (IllegalArgumentException | IOException e) {
                problems.add(Problem.error(file, lineNo, col, "\"" + entry + "\" has no searchable word (" + reason(e) + ")",
                        "use words that are not stop words such as \"och\" or \"i\""));
                return null;
            }
        }
        return out;
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("eliminated") ? "only stop words" : m;
    }

    private static List<String> words(CharsRef ref) {
        return List.of(ref.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR)));
    }
}
