package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

import se.fristad.config.SiteConfig;
import se.fristad.testsupport.ServedSiteTest;

/**
 * "Lyssna" in Chromium with a stand-in for the browser's speech synthesis (installed before the page's own script):
 * shown only where the device has a voice of its own for the text's language, reading the main content and not the
 * menus, with play, pause, resume and stop announced in the page's language.
 */
class ReadAloudIT extends ServedSiteTest {

    /** A fake {@code speechSynthesis}: records what it is asked to do; the test decides when speaking ends. */
    private static final String FAKE = """
            (() => {
              let voices = %s;
              const s = window.__speech = { log: [], spoken: [], queue: [] };
              function Utterance(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; }
              window.SpeechSynthesisUtterance = Utterance;
              const synth = new EventTarget();
              const report = e => { s.log.push(e); if (window.speechReport) window.speechReport(e); };
              synth.getVoices = () => voices.slice();
              synth.speak = u => { s.queue.push(u); s.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); report('speak'); };
              synth.pause = () => report('pause');
              synth.resume = () => report('resume');
              synth.cancel = () => { report('cancel'); const q = s.queue; s.queue = []; q.forEach(u => u.onerror && u.onerror({ error: 'canceled' })); };
              s.finish = () => { const q = s.queue; s.queue = []; q.forEach(u => u.onend && u.onend({})); };
              s.setVoices = v => { voices = v; synth.dispatchEvent(new Event('voiceschanged')); };
              Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
            })();
            """;
    private static final String SWEDISH = "[{name: 'Alva', lang: 'sv-SE', localService: true}]";
    private static final String SWEDISH_ONLINE_ENGLISH_LOCAL =
            "[{name: 'Google svenska', lang: 'sv-SE', localService: false}, {name: 'Daniel', lang: 'en-GB', localService: true}]";

    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void close() {
        contexts.forEach(BrowserContext::close);
    }

    private Page open(String voices, String path) {
        BrowserContext context = browser.newContext(390, 844);
        contexts.add(context);
        context.addInitScript(String.format(FAKE, voices));
        Page page = context.newPage();
        page.navigate(server.url(path));
        return page;
    }

    private static boolean shown(Page page) {
        return page.isVisible(".read-aloud-toggle");
    }

    @Test
    void shownOnlyWithAVoiceOnTheDeviceForThePagesLanguage() {
        assertTrue(shown(open(SWEDISH, "")), "a Swedish voice on the device: Lyssna on the Swedish page");
        assertFalse(shown(open(SWEDISH_ONLINE_ENGLISH_LOCAL, "")), "the Swedish voice runs on a server: no Lyssna");
        assertTrue(shown(open(SWEDISH_ONLINE_ENGLISH_LOCAL, "en/")), "the English page has a local English voice");
        assertFalse(shown(open("[]", "")), "no voices at all");
        assertTrue(shown(open(SWEDISH, "lattlast/")), "the easy-to-read edition is Swedish too");
    }

    @Test
    void voicesThatArriveLaterAreConsidered() {
        Page page = open("[]", "");
        assertFalse(shown(page));
        page.evaluate("__speech.setVoices([{name: 'Alva', lang: 'sv_SE', localService: true}])");
        assertTrue(shown(page), "after voiceschanged with a local Swedish voice");
        page.evaluate("__speech.setVoices([{name: 'Remote', lang: 'sv-SE', localService: false}])");
        assertFalse(shown(page), "the local voice went away again");
    }

    @Test
    void readsTheMainContentNotTheMenusWithTheLocalVoice() {
        Page page = open(SWEDISH, "");
        page.click(".read-aloud-toggle");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> spoken = (List<java.util.Map<String, Object>>) page.evaluate("__speech.spoken");
        assertFalse(spoken.isEmpty());
        String h1 = page.textContent("main h1").strip();
        assertEquals(h1, spoken.get(0).get("text"), "starts with the page's heading");
        String all = String.join("\n", spoken.stream().map(m -> (String) m.get("text")).toList());
        assertTrue(all.contains("Ingen har rätt att slå, hota, kontrollera eller kränka dig."), all);
        for (String outside : List.of("Lämna sidan", "Hoppa till innehållet", "English", "Vill du dölja", "Du är här",
                "Länk till avsnittet", "Lyssna", "Läs sidan på lättläst svenska", "Tillgänglighetsredogörelse")) {
            assertFalse(all.contains(outside), "reads \"" + outside + "\", which is not the main content:\n" + all);
        }
        for (var u : spoken) {
            assertEquals("Alva", u.get("voice"));
            assertEquals("sv-SE", u.get("lang"));
        }
    }

    @Test
    void playPauseResumeAndStopChangeTheControlAndAreAnnounced() {
        Page page = open(SWEDISH, "");
        assertEquals("Lyssna", page.textContent(".read-aloud-toggle").strip());
        assertFalse(page.isVisible(".read-aloud-stop"), "nothing to stop yet");

        page.click(".read-aloud-toggle");
        assertEquals("Pausa", page.textContent(".read-aloud-toggle").strip());
        assertEquals("Sidan läses upp.", page.textContent(".read-aloud [role=status]"));
        assertTrue(page.isVisible(".read-aloud-stop"));

        page.click(".read-aloud-toggle");
        assertEquals("Fortsätt", page.textContent(".read-aloud-toggle").strip());
        assertEquals("Uppläsningen är pausad.", page.textContent(".read-aloud [role=status]"));

        page.click(".read-aloud-toggle");
        assertEquals("Pausa", page.textContent(".read-aloud-toggle").strip());
        assertEquals("Uppläsningen fortsätter.", page.textContent(".read-aloud [role=status]"));

        page.click(".read-aloud-stop");
        assertEquals("Lyssna", page.textContent(".read-aloud-toggle").strip());
        assertEquals("Uppläsningen är stoppad.", page.textContent(".read-aloud [role=status]"));
        assertFalse(page.isVisible(".read-aloud-stop"));
        assertTrue((Boolean) page.evaluate("document.activeElement === document.querySelector('.read-aloud-toggle')"),
                "focus moves from the hidden stop button to Lyssna");

        @SuppressWarnings("unchecked")
        List<String> log = (List<String>) page.evaluate("__speech.log.filter(e => e !== 'speak')");
        assertEquals(List.of("cancel", "pause", "resume", "cancel"), log);
    }

    @Test
    void theEndIsAnnouncedAndTheControlIsReadyAgain() {
        Page page = open(SWEDISH, "");
        page.click(".read-aloud-toggle");
        page.evaluate("__speech.finish()");
        assertEquals("Uppläsningen är klar.", page.textContent(".read-aloud [role=status]"));
        assertEquals("Lyssna", page.textContent(".read-aloud-toggle").strip());
    }

    @Test
    void announcementsAreInThePagesLanguage() {
        Page page = open("[{name: 'Laila', lang: 'ar-SA', localService: true}]", "ar/");
        assertEquals("استمع", page.textContent(".read-aloud-toggle").strip());
        page.click(".read-aloud-toggle");
        assertEquals("تتم قراءة الصفحة بصوت عالٍ.", page.textContent(".read-aloud [role=status]"));
        assertEquals("ar-SA", page.evaluate("__speech.spoken[0].lang"));
        assertEquals("ar", page.getAttribute(".read-aloud", "data-lang"));
    }

    @Test
    void leavingThePageSilencesTheVoiceAtOnce() {
        BrowserContext context = browser.newContext(390, 844);
        contexts.add(context);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        context.exposeFunction("speechReport", args -> events.add(String.valueOf(args[0])));
        context.route(SiteConfig.DEFAULT_EXIT_URL + "**", r -> r.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html").setBody("<title>Väder</title>")));
        context.addInitScript(String.format(FAKE, SWEDISH));
        Page page = context.newPage();
        page.navigate(server.url(""));
        page.click(".read-aloud-toggle");
        page.click("header a.exit-button");
        page.waitForURL(SiteConfig.DEFAULT_EXIT_URL + "**");
        page.waitForCondition(() -> events.lastIndexOf("cancel") > events.lastIndexOf("speak"));
    }

    @Test
    void hiddenWithoutJavaScript() {
        BrowserContext noJs = browser.newContext(new NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844));
        contexts.add(noJs);
        Page page = noJs.newPage();
        page.navigate(server.url(""));
        assertEquals(1, page.locator(".read-aloud").count());
        assertFalse(page.isVisible(".read-aloud"), "a control that cannot work is not shown");
    }

    @Test
    void theVisibleControlsPassAxeWhilePlaying() {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(390, 844).setBypassCSP(true));
        contexts.add(context);
        context.addInitScript(String.format(FAKE, SWEDISH));
        Page page = context.newPage();
        page.navigate(server.url(""));
        page.click(".read-aloud-toggle");
        AxeResults results = new AxeBuilder(page).setLegacyMode(true)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")).analyze();
        assertTrue(results.getViolations().isEmpty(), () -> results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getNodes().get(0).getHtml()).toList().toString());
    }
}
