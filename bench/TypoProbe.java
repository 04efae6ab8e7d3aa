import org.jsoup.Jsoup;
import se.fristad.search.Searcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

/**
 * How many typos of one class search still misses, on the built default site (issue #15):
 *   java -cp target/fristad.jar bench/TypoProbe.java [lang, default sv] [words, default 300]
 * Takes words of 9–12 letters from the edition's pages (seeded sample), makes each typo of the classes below, and
 * counts a miss when the page the correct word ranks first is not among the typo's first ten results.
 */
public class TypoProbe {
    public static void main(String[] args) throws Exception {
        String lang = args.length > 0 ? args[0] : "sv";
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path site = Path.of("target/site");
        Set<String> others = Set.of("en", "ar", "fa", "fi", "so", "ti", "uk", "ckb", "lattlast");
        Set<String> words = new TreeSet<>();
        Path root = lang.equals("sv") ? site : site.resolve(lang);
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                String first = site.relativize(p).getName(0).toString();
                if (lang.equals("sv") && others.contains(first)) continue;
                String text = Jsoup.parse(Files.readString(p)).select("main").text().toLowerCase(Locale.ROOT);
                for (String w : text.split("[^\\p{L}]+")) if (w.length() >= 9 && w.length() <= 12) words.add(w);
            }
        }
        List<String> sample = new ArrayList<>(words);
        Collections.shuffle(sample, new Random(1));
        sample = sample.subList(0, Math.min(max, sample.size()));
        Map<String, int[]> byClass = new TreeMap<>();
        try (Searcher s = Searcher.open(Path.of("target/site-lucene", lang))) {
            for (String w : sample) {
                List<Searcher.Hit> good = s.search(w, 3);
                if (good.isEmpty()) continue;
                String want = good.get(0).url();
                int n = w.length();
                Map<String, String> typos = new LinkedHashMap<>();
                for (int i = 2; i < n; i++) {
                    String cls = "doubled letter, " + Math.max(-6, i - n) + " from the end";
                    typos.put(cls + "#" + i, w.substring(0, i + 1) + w.charAt(i) + w.substring(i + 1));
                }
                for (int k = 1; k <= 4; k++) {
                    typos.put("extra s, before the last " + k, w.substring(0, n - k) + "s" + w.substring(n - k));
                    typos.put("extra t, before the last " + k, w.substring(0, n - k) + "t" + w.substring(n - k));
                    typos.put("missing letter, " + -k + " from the end", w.substring(0, n - k) + w.substring(n - k + 1));
                    typos.put("wrong letter (x), " + -k + " from the end", w.substring(0, n - k) + "x" + w.substring(n - k + 1));
                }
                for (var e : typos.entrySet()) {
                    boolean ok = s.search(e.getValue(), 10).stream().anyMatch(h -> h.url().equals(want));
                    int[] c = byClass.computeIfAbsent(e.getKey().replaceAll("#.*", ""), x -> new int[2]);
                    c[0]++;
                    if (!ok) c[1]++;
                }
            }
        }
        System.out.printf("%d words of 9–12 letters from /%s/ pages:%n", sample.size(), lang);
        byClass.forEach((k, v) -> System.out.printf("  %-36s %4d missed of %4d (%.1f %%)%n", k, v[1], v[0], 100.0 * v[1] / v[0]));
    }
}
