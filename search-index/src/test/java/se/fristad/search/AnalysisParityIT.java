package se.fristad.search;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.fristad.search.Analysis.Chain;
import se.fristad.testsupport.Browser;
import se.fristad.testsupport.NeedsChromium;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The browser must analyse a query exactly as Lucene analysed the pages, or the two rank differently: each chain's
 * {@code assets/js/search/<chain>.js} gives, for every token, the very term Lucene's filters give (or none, for a
 * stop word). Every chain but StandardAnalyzer's is tested, each on its own word lists whether or not the default
 * site has an edition in its language yet. The tokens are every one of the site's Markdown in the chain's editions
 * (each edition of site.yml goes to its language's chain, as the build sends it: lättläst to Swedish, ckb to Sorani;
 * and of the municipal plans in
 * {@code shared/seeds/} for Swedish, when that folder is there), hand-picked hard cases, made-up words of the
 * chain's letters, all of these also in upper and title case, and inflections made by putting every ending the
 * stemmer knows onto 350 of the site's words; then every single character, alone.
 *
 * <p>To look further: {@code -Dfristad.parity.random=150000} (made-up words a chain, 10,000 by default) and word
 * lists, one word a line, such as dictionaries: {@code -Dfristad.parity.words=swedish=/usr/share/dict/swedish,
 * english=/usr/share/dict/american-english}.
 */
@NeedsChromium
class AnalysisParityIT {

    private static final Path ROOT = Paths.get(System.getProperty("fristad.root", ".")).toAbsolutePath().normalize();
    private static final Path SCRIPTS = Paths.get(System.getProperty("fristad.js", "src/main/js")).toAbsolutePath().resolve("search");
    /** Fristad.lower as the search core defines it: Java's Character.toLowerCase(int), code point by code point. */
    private static final String LOWER = "(window.Fristad = window.Fristad || {}).lower = function (s) {"
            + " var o = ''; for (var ch of s) { var cp = ch.codePointAt(0);"
            + " o += cp === 0x130 ? 'i' : String.fromCodePoint(cp).toLowerCase(); } return o; };";

    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browser.shared();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Chain.class, mode = EnumSource.Mode.EXCLUDE, names = "STANDARD")
    void everyTokenOfTheSiteItsInflectionsAndHardCasesGetLucenesTerm(Chain chain) throws IOException {
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        sources.put("site", siteTokens(chain));
        if (chain == Chain.SWEDISH) {
            seeds().ifPresent(dir -> sources.put("seed plans", tokensOfFiles(chain, dir)));
        }
        sources.put("hand-picked", new LinkedHashSet<>(HardCases.of(chain)));
        sources.put("random", randomWords(chain, Integer.getInteger("fristad.parity.random", 10_000)));
        extraWordList(chain).ifPresent(extra -> sources.put("extra word list", extra));
        Set<String> tokens = new LinkedHashSet<>();
        sources.values().forEach(tokens::addAll);
        // Every token also in upper case and title case, as a resident may type it.
        for (String t : List.copyOf(tokens)) {
            tokens.add(t.toUpperCase(Locale.ROOT));
            tokens.add(t.isEmpty() ? t : t.substring(0, t.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                    + t.substring(t.offsetByCodePoints(0, 1)));
        }
        Set<String> words = new LinkedHashSet<>(sources.get("site"));
        words.addAll(sources.get("hand-picked"));
        Set<String> inflections = Inflections.of(chain, words);
        sources.put("inflections", inflections);
        tokens.addAll(inflections);
        tokens.remove("");
        List<String> list = List.copyOf(tokens);

        List<String> expected = lucene(chain, list);
        checkReferenceIsTheAnalyzer(chain, list, expected);
        String counts = sources.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        System.out.println("[parity] " + chain.id + ": " + list.size() + " tokens (" + counts
                + "; all but the inflections also upper- and title-cased)");

        assertTrue(list.size() >= 2000, chain.id + ": only " + list.size() + " tokens; the test needs thousands");
        assertBrowserGives(chain, list, expected);
        // Not a vacuous pass: the chain really removes stop words and changes terms beyond lower-casing.
        long stopped = expected.stream().filter(Objects::isNull).count();
        long changed = 0;
        for (int i = 0; i < list.size(); i++) {
            if (expected.get(i) != null && !expected.get(i).equals(lower(list.get(i)))) {
                changed++;
            }
        }
        assertTrue(stopped > 0, chain.id + ": no token was a stop word");
        assertTrue(changed > 100, chain.id + ": only " + changed + " tokens were changed beyond lower-casing");
    }

    /**
     * Every character on its own, as far as Java knows it (Unicode 13): lower-casing, digits, normalisation. Left
     * out: surrogates and private use, which no token holds, and the ideographs and Hangul syllables, ninety thousand
     * letters without case that no filter here touches.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Chain.class, mode = EnumSource.Mode.EXCLUDE, names = "STANDARD")
    void everySingleCharacterGetsLucenesTerm(Chain chain) {
        List<String> list = new ArrayList<>();
        for (int cp = 1; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            if (Character.isDefined(cp) && type != Character.SURROGATE && type != Character.PRIVATE_USE
                    && !Character.isIdeographic(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HANGUL) {
                list.add(Character.toString(cp));
            }
        }
        System.out.println("[parity] " + chain.id + ": " + list.size() + " single characters");
        assertBrowserGives(chain, list, lucene(chain, list));
    }

    /** Persian's char filter: a zero width non-joiner becomes a space before tokenizing, as PersianCharFilter does. */
    @Test
    void persianCharFilterTurnsZeroWidthNonJoinersIntoSpaces() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "می\u200cخواهم", "کتاب\u200cها", "\u200c", "\u200c\u200c", "a\u200cb\u200cc", "خانه\u200cی امن",
                "بی\u200cخانمان\u200cها\u200c", "\u200d\u200b\u200e\u200f zwj", "نمی\u200c\u200cدانم", ""));
        for (Path md : markdown(Chain.PERSIAN)) {
            texts.add(Files.readString(md));
        }
        assertTrue(texts.stream().anyMatch(t -> t.length() > 200 && t.indexOf('\u200c') >= 0),
                "the Persian pages should hold a zero width non-joiner somewhere");
        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            StringBuilder out = new StringBuilder();
            try (Reader r = new PersianCharFilter(new StringReader(text))) {
                char[] buf = new char[97];
                for (int n; (n = r.read(buf)) > 0; ) {
                    out.append(buf, 0, n);
                }
            }
            expected.add(out.toString());
        }
        try (BrowserContext context = browser.newContext(400, 400)) {
            Page page = context.newPage();
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(LOWER));
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(SCRIPTS.resolve("persian.js")));
            Object actual = page.evaluate("texts => texts.map(t => Fristad.chains.persian.pre(t))", texts);
            assertEquals(expected, actual);
        }
    }

    // ---- Lucene's side

    /** Lucene's term for each token: the chain's filters on a stream of that one token (null: a stop word). */
    static List<String> lucene(Chain chain, List<String> tokens) {
        try (Analyzer single = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, Analysis.stems(chain, source));
            }
        }) {
            List<String> terms = new ArrayList<>(tokens.size());
            for (String token : tokens) {
                List<String> out = analyze(single, token);
                if (out.size() > 1) {
                    fail(chain.id + ": Lucene made " + out + " of the single token '" + token + "'");
                }
                terms.add(out.isEmpty() ? null : out.get(0));
            }
            return terms;
        }
    }

    /**
     * The reference is what the real analyzer does: wherever Lucene's tokenizer keeps a token whole, the chain's
     * analyzer ({@link Analysis#plain}) gives the same term for it.
     */
    private static void checkReferenceIsTheAnalyzer(Chain chain, List<String> tokens, List<String> expected) {
        try (Analyzer plain = Analysis.plain(chain); Analyzer tokenizer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        }) {
            int checked = 0;
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if (analyze(tokenizer, token).equals(List.of(token))) {
                    List<String> whole = analyze(plain, token);
                    assertEquals(expected.get(i) == null ? List.of() : List.of(expected.get(i)), whole,
                            chain.id + ": the analyzer and the single-token filters differ on '" + token + "'");
                    checked++;
                }
            }
            assertTrue(checked > tokens.size() / 2, chain.id + ": only " + checked + " tokens are whole tokens");
        }
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** What Lucene's StandardTokenizer makes of a text (after the chain's char filter). */
    static List<String> tokenize(Chain chain, String text) {
        List<String> out = new ArrayList<>();
        try (Tokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(chain == Chain.PERSIAN ? new PersianCharFilter(new StringReader(text)) : new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String lower(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }

    // ---- the browser's side

    /**
     * Runs the chain file's term() on every token in Chromium, with the chain's stop set as Lucene has it, and fails
     * listing the first tokens whose term is not Lucene's. (Tokens and Lucene's terms go to the page as one JSON text
     * each and only the differences come back: a list item at a time is far slower.)
     */
    private static void assertBrowserGives(Chain chain, List<String> tokens, List<String> expected) {
        List<String> stop = new ArrayList<>();
        for (Object word : chain.stopwords) {
            stop.add(word instanceof char[] chars ? new String(chars) : word.toString());
        }
        try (BrowserContext context = browser.newContext(400, 400)) {
            Page page = context.newPage();
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(LOWER));
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(SCRIPTS.resolve(chain.id + ".js")));
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) page.evaluate("([id, tokens, expected, words]) => {"
                    + " tokens = JSON.parse(tokens); expected = JSON.parse(expected);"
                    + " const stop = {}; for (const w of words) stop[w] = true;"
                    + " const chain = Fristad.chains[id], wrong = [];"
                    + " let wrongs = 0;"
                    + " tokens.forEach((t, i) => { const r = chain.term(t, stop);"
                    + "   if (r !== expected[i]) {"
                    + "     wrongs++; if (wrong.length < 40) wrong.push([t, expected[i], r === null || typeof r === 'string' ? r : typeof r + ' ' + r]); } });"
                    + " return { compared: tokens.length, wrongs, wrong }; }",
                    List.of(chain.id, json(tokens), json(expected), stop));
            assertEquals(tokens.size(), ((Number) result.get("compared")).intValue(), "the page read every token");
            int wrongs = ((Number) result.get("wrongs")).intValue();
            if (wrongs > 0) {
                @SuppressWarnings("unchecked")
                List<List<String>> wrong = (List<List<String>>) result.get("wrong");
                fail(chain.id + ".js differs from Lucene on " + wrongs + " of " + tokens.size() + " tokens; the first:\n  "
                        + wrong.stream().map(w -> show(w.get(0)) + " → Lucene " + show(w.get(1)) + ", browser " + show(w.get(2)))
                        .collect(Collectors.joining("\n  ")));
            }
        }
    }

    /** Strings (or null) as a JSON array. */
    private static String json(List<String> strings) {
        StringBuilder out = new StringBuilder(strings.size() * 12).append('[');
        for (String s : strings) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (s == null) {
                out.append("null");
            } else {
                Json.string(out, s);
            }
        }
        return out.append(']').toString();
    }

    /** A term quoted, with its invisible and non-ASCII characters also as code points. */
    private static String show(String s) {
        if (s == null) {
            return "(none: stop word)";
        }
        String codes = s.codePoints().anyMatch(cp -> cp > 0x7e || cp < 0x21)
                ? s.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(" ", " [", "]"))
                : "";
        return "'" + s + "'" + codes;
    }

    // ---- where the tokens come from

    /** An edition of the default site: its folder under content/ and its language. */
    private record Edition(String code, String lang) {
    }

    /**
     * The editions of the default site (site.yml's {@code languages:}: {@code - sv} or {@code - {code: …, lang: …}})
     * whose language this chain analyses. The search component does not read site.yml itself; the repository's
     * text is only its test corpus, so a plain reading of that one list is enough here.
     */
    private static List<Edition> editions(Chain chain) throws IOException {
        List<Edition> all = new ArrayList<>();
        boolean inList = false;
        for (String line : Files.readAllLines(ROOT.resolve("site.yml"))) {
            if (line.startsWith("languages:")) {
                inList = true;
                continue;
            }
            if (inList && !line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                break;
            }
            java.util.regex.Matcher plain = java.util.regex.Pattern.compile("^\\s+- ([a-z]{2,8})\\s*(#.*)?$").matcher(line);
            java.util.regex.Matcher map = java.util.regex.Pattern.compile("^\\s+- \\{.*code: ([a-z]+).*lang: ([a-zA-Z-]+)").matcher(line);
            if (inList && plain.find()) {
                all.add(new Edition(plain.group(1), plain.group(1)));
            } else if (inList && map.find()) {
                all.add(new Edition(map.group(1), map.group(2)));
            }
        }
        assertTrue(all.size() >= 2, "no languages read from " + ROOT.resolve("site.yml"));
        return all.stream().filter(e -> Analysis.chainFor(e.lang()) == chain).toList();
    }

    /** The Markdown of the chain's editions, {@code content/<code>/}. */
    private static List<Path> markdown(Chain chain) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Edition edition : editions(chain)) {
            Path dir = ROOT.resolve("content").resolve(edition.code());
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Every token of the chain's editions; none when the site has no edition in the chain's language (yet). */
    private static Set<String> siteTokens(Chain chain) throws IOException {
        List<Path> files = markdown(chain);
        assertTrue(!files.isEmpty() || editions(chain).isEmpty(), "no Markdown under content/ for the editions "
                + editions(chain).stream().map(Edition::code).toList() + " of " + chain.id);
        Set<String> tokens = new LinkedHashSet<>();
        for (Path f : files) {
            tokens.addAll(tokenize(chain, Files.readString(f)));
        }
        return tokens;
    }

    /** The municipal plans: beside the repository (as in CI) or in the workplace's shared folder. */
    private static java.util.Optional<Path> seeds() {
        return Stream.of(ROOT.resolveSibling("shared").resolve("seeds"), Paths.get("/work/shared/seeds"))
                .filter(Files::isDirectory).findFirst();
    }

    private static Set<String> tokensOfFiles(Chain chain, Path dir) {
        Set<String> tokens = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                tokens.addAll(tokenize(chain, Files.readString(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Made-up words (the same each run) of 1 to 14 letters of the chain's alphabet, stemmers' letters more often. */
    private static Set<String> randomWords(Chain chain, int count) {
        String letters = switch (chain) {
            case SWEDISH -> "aeiouyåäöaeiouyåäöbcdfghjklmnoprstvdgnktsl";
            case FINNISH -> "aeiouyäöaeiouyäöhjklmnpstvkntsjihnäa";
            case ENGLISH -> "aeiouyaeiouybcdfghjklmnpqrstvwxzsyeilnt'";
            case ARABIC -> "ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآـًٌٍَُِّْ٠١٢";
            case PERSIAN -> "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىۀہۓأإآـَُِ۱۲";
            // Sorani's letters, those its stemmer looks for more often, and what its normaliser rewrites or deletes:
            // yeh, alef maksura, kaf, heh (last, or before a zero width non-joiner), teh marbuta, heh doachashmee,
            // reh, reh with small v above, tatweel, harakat, format characters; and both kinds of Arabic digits.
            case SORANI -> "ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ" + "ەەییاانکمتدو" + "يىكههه\u200c\u200cةھرڒـًٌٍَُِّْ"
                    + "\u200d\u200f\u200e\u00ad\u061c\ufeffۀ٠١٢٩۰۱۲۹";
            default -> throw new IllegalArgumentException(chain.id);
        };
        java.util.Random random = new java.util.Random(chain.id.hashCode());
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            StringBuilder w = new StringBuilder();
            for (int n = 1 + random.nextInt(14); n > 0; n--) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            out.add(w.toString());
        }
        return out;
    }

    private static java.util.Optional<Set<String>> extraWordList(Chain chain) throws IOException {
        String spec = System.getProperty("fristad.parity.words", "");
        for (String entry : spec.split(",")) {
            String[] kv = entry.split("=", 2);
            if (kv.length == 2 && kv[0].trim().equals(chain.id)) {
                Set<String> tokens = new LinkedHashSet<>();
                Path file = Paths.get(kv[1].trim());
                List<String> lines;
                try {
                    lines = Files.readAllLines(file);
                } catch (java.nio.charset.MalformedInputException notUtf8) {
                    lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                for (String line : lines) {
                    tokens.addAll(tokenize(chain, line));
                }
                return java.util.Optional.of(tokens);
            }
        }
        return java.util.Optional.empty();
    }
}
