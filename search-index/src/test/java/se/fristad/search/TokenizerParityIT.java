package se.fristad.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import se.fristad.testsupport.Browser;
import se.fristad.testsupport.NeedsChromium;

/**
 * The browser splits text into words exactly where Lucene's StandardTokenizer does: every Markdown file of the
 * default site in every language, and lines written to catch the rules of Unicode's word boundaries (apostrophes,
 * colons in abbreviations, numbers with separators, underscores, emoji, ideographs, right-to-left text, Sorani with
 * its old spellings, non-joiners and tatweel).
 */
@NeedsChromium
class TokenizerParityIT {
    private static final List<String> TRICKY = List.of(
            "Åtgärd 1:3 och S:t Eriks väg", "t.ex. 020-50 50 50 eller +46 8 123", "don't O'Brien's rock'n'roll ’quoted’",
            "3.14 1,000,000 1.2.3 a.b.c e-post@exempel.se www.polisen.se", "snake_case __init__ _a a_ x_1",
            "🙂 👍🏽 👨‍👩‍👧 🇸🇪 ❤️ #1 *️⃣", "漢字かなカタカナ한국어", "ภาษาไทย ພາສາລາວ", "العنف الأسري ١٢٣ ۱۲۳", "می‌خواهم خانه‌ها",
            "ماڵه\u200cكانمان، ڕۆژی ١٢/٣ و ۱۲٫۵: كوردیی ناوەندی\u200f (سۆرانی) هـەولێر ھاوڕێ ـ \u200cئافرەت",
            "٫ ٫٫ a٫b ١٬٠٠٠٫٥ ۳٫۱۴٪ ٫۵ ۵٫ x٫",
            "ትግርኛ ቋንቋ", "Україна — м’ята, п'ять", "naïve café Ångström ÉCOLE", "a—b a–b a-b a/b a\\b a|b",
            "x".repeat(300), "© ® ™ ❤ ☺ ☺️ 1️⃣ #️⃣ 👩🏽‍💻", "‏‎\u200b\u2060word\u00adhyphen", "1st 2nd 10:30 10,5 %", "hello...world!!!? ¿qué?");

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.shared();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void browserAndLuceneSplitTextIntoTheSameWords() throws IOException {
        List<String> texts = new ArrayList<>(TRICKY);
        Path content = Path.of(System.getProperty("fristad.root", ".")).resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.addAll(List.of(Files.readString(f).split("\n\n")));
            }
        }
        Path script = Path.of(System.getProperty("fristad.js", "src/main/js")).resolve("search.js");
        List<String> failures = new ArrayList<>();
        int tokens = 0;
        try (BrowserContext context = browser.newContext(800, 600)) {
            Page page = context.newPage();
            page.navigate("about:blank");
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(script));
            @SuppressWarnings("unchecked")
            List<List<String>> browserTokens = (List<List<String>>) page.evaluate(
                    "texts => texts.map(t => Fristad.tokenize(t).map(x => x.o + ':' + x.s))", texts);
            for (int i = 0; i < texts.size(); i++) {
                List<String> lucene = lucene(texts.get(i));
                tokens += lucene.size();
                if (!lucene.equals(browserTokens.get(i))) {
                    failures.add("\"" + abbreviate(texts.get(i)) + "\"\n  lucene:  " + diff(lucene, browserTokens.get(i))
                            + "\n  browser: " + diff(browserTokens.get(i), lucene));
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + texts.size() + " texts split differently:\n" + String.join("\n", failures.subList(0, Math.min(12, failures.size()))));
        }
        assertTrue(tokens > 5000, "too few tokens compared: " + tokens);
        System.out.println("tokenizer parity: " + tokens + " tokens in " + texts.size() + " texts");
    }

    private static List<String> lucene(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (StandardTokenizer t = new StandardTokenizer()) {
            t.setReader(new StringReader(text));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
            t.reset();
            while (t.incrementToken()) {
                out.add(off.startOffset() + ":" + term);
            }
            t.end();
        }
        return out;
    }

    /** The tokens of {@code a} that {@code b} lacks, or "same tokens, other order". */
    private static String diff(List<String> a, List<String> b) {
        List<String> only = new ArrayList<>(a);
        only.removeAll(b);
        return only.isEmpty() ? "(" + a.size() + " tokens)" : only.subList(0, Math.min(8, only.size())).toString();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
