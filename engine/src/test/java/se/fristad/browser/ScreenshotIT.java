package se.fristad.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-page phone screenshots of the Swedish and Arabic home pages into {@code target/screenshots/}, for a
 * person (or a reviewer) to look at; the test only asserts that real pictures came out.
 */
class ScreenshotIT extends ServedSiteTest {

    private static Path out;

    @BeforeAll
    static void screenshotFolder() throws IOException {
        out = Files.createDirectories(site.getParent().resolve("screenshots"));
    }


    @Test
    void swedishHomeOnAPhone() throws IOException {
        shoot("", "home-sv-phone.png");
    }

    @Test
    void arabicHomeOnAPhone() throws IOException {
        shoot("ar/", "home-ar-phone.png");
    }

    private void shoot(String path, String name) throws IOException {
        Path file = out.resolve(name);
        Files.deleteIfExists(file);
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(1).setIsMobile(true).setHasTouch(true));
        try {
            Page page = context.newPage();
            page.navigate(server.url(path));
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        } finally {
            context.close();
        }
        assertTrue(Files.isRegularFile(file), "no screenshot written to " + file);
        long size = Files.size(file);
        assertTrue(size > 10 * 1024, file + " is only " + size + " bytes; the page probably rendered blank");
    }
}
