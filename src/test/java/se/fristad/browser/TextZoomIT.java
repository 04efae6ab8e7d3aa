package se.fristad.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

/**
 * WCAG 1.4.4 Resize text: with the browser's text size doubled (Chromium's default font size set from 16 to 32 px,
 * as a reader's text-size setting does) every page at 1280 CSS pixels keeps all its text: nothing scrolls sideways,
 * no box cuts text off, and no two pieces of text overlap.
 */
class TextZoomIT extends ServedSiteTest {

    /** Finds what a reader would lose: sideways scrolling, text cut off by its box, text drawn over other text. */
    private static final String PROBLEMS = """
            () => {
              const out = [];
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.classList.length ? '.' + [...e.classList].join('.') : '');
              const hiddenText = e => !!e.closest('.visually-hidden, [hidden], [aria-hidden="true"], details:not([open]) > :not(summary)');
              if (document.documentElement.scrollWidth > innerWidth) {
                out.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
              }
              for (const e of document.body.querySelectorAll('*')) {
                if (hiddenText(e)) continue;
                const s = getComputedStyle(e);
                const cuts = v => v === 'hidden' || v === 'clip';
                if ((cuts(s.overflowX) && e.scrollWidth > e.clientWidth + 1) || (cuts(s.overflowY) && e.scrollHeight > e.clientHeight + 1)) {
                  out.push('cuts off its text: ' + name(e));
                }
                if (s.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1) {
                  out.push('shortens its text with …: ' + name(e));
                }
              }
              const boxes = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (!n.nodeValue.trim() || !n.parentElement || hiddenText(n.parentElement)) continue;
                const range = document.createRange();
                range.selectNodeContents(n);
                for (const r of range.getClientRects()) {
                  if (r.width > 1 && r.height > 1 && r.bottom > 0) {
                    boxes.push({ r, n, text: n.nodeValue.trim().slice(0, 30) });
                  }
                }
              }
              for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i].r, b = boxes[j].r;
                  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (boxes[i].n !== boxes[j].n && w > 2 && h > 2) {
                    out.push('text overlaps: "' + boxes[i].text + '" and "' + boxes[j].text + '"');
                  }
                }
              }
              return out.slice(0, 5);
            }
            """;

    @Test
    void everyPageKeepsItsTextWhenTheTextSizeIsDoubled() {
        List<String> failures = new ArrayList<>();
        BrowserContext context = browser.newContext(1280, 800);
        try {
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            JsonObject sizes = new JsonObject();
            sizes.addProperty("standard", 32);
            sizes.addProperty("fixed", 26);
            JsonObject params = new JsonObject();
            params.add("fontSizes", sizes);
            cdp.send("Page.setFontSizes", params);
            for (String path : BuiltSite.pagePaths(site)) {
                page.navigate(server.url(path));
                if (path.isEmpty()) {
                    assertEquals("36px", page.evaluate("getComputedStyle(document.body).fontSize"),
                            "body text is 1.125rem: 18 px normally, 36 px with the text size doubled");
                }
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) page.evaluate(PROBLEMS);
                for (String f : found) {
                    failures.add(server.url(path) + ": " + f);
                }
            }
        } finally {
            context.close();
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " problem(s) with the text size doubled at 1280 CSS px (WCAG 1.4.4 Resize text):\n  "
                    + String.join("\n  ", failures));
        }
    }

    @Test
    void theCheckFindsTextThatIsCutOffOrOverlaps() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800).setBypassCSP(true));
        try {
            Page page = context.newPage();
            page.navigate(server.url(""));
            page.addStyleTag(new Page.AddStyleTagOptions().setContent(
                    ".site-name { display: block; width: 3rem; overflow: hidden; white-space: nowrap; }"
                            + " .lead { margin-top: -4rem; }"));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(PROBLEMS);
            String all = String.join("\n", found);
            if (!all.contains("cuts off its text: a.site-name") || !all.contains("text overlaps")) {
                fail("the check missed a broken layout; it found: " + found);
            }
        } finally {
            context.close();
        }
    }

}
