package se.fristad.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright, for browser tests. {@link #shared()} is the one Chromium of the
 * whole test run (launched on first use, closed when the JVM ends); {@link #launch()} starts a private one, for a
 * class that wants its own or for another thread (Playwright objects must stay on the thread that made them).
 * Each test opens its own context or page, and closes it.
 *
 * <p>Never downloads a browser: it uses {@code chromium.path}, or by default Debian's headless shell
 * ({@code /usr/bin/chromium-headless-shell}, package {@code chromium-headless-shell}: the same Chromium without the
 * parts a window needs, which Playwright also runs for headless tests; a third less CPU per page in the page sweep),
 * else Debian's {@code /usr/bin/chromium}. Where neither is there the tests are skipped on a developer's machine, and
 * fail under {@code CI=true}.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Browser shared;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final Thread owner = Thread.currentThread();
    private boolean isShared;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /**
     * The Chromium shared by every browser test of this JVM (launching one costs a second or two, and failsafe runs
     * all *IT classes in one JVM). Closing it is a no-op; it closes when the JVM ends. Use it on the thread that
     * runs the tests (JUnit's main thread); a test that works on other threads launches its own with {@link #launch()}.
     */
    public static synchronized Browser shared() {
        if (shared == null || !shared.chromium.isConnected()) {
            Browser b = launch();
            b.isShared = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    b.closeNow();
                } catch (RuntimeException ignored) {
                    // the JVM is ending; Playwright's driver takes Chromium with it anyway
                }
            }, "close the shared Chromium"));
            shared = b;
        }
        if (Thread.currentThread() != shared.owner) {
            throw new IllegalStateException("the shared Chromium belongs to thread " + shared.owner.getName()
                    + "; Playwright is not thread-safe: call Browser.launch() on " + Thread.currentThread().getName());
        }
        return shared;
    }

    /** Launches Chromium, or skips (locally) / fails (in CI) the calling tests when it is not installed. */
    public static Browser launch() {
        Path executable = executable();
        if (!isInstalled()) {
            if (isCi()) {
                Assertions.fail(missingMessage() + " CI must install it: " + INSTALL);
            }
            Assumptions.assumeTrue(false, missingMessage()
                    + " Browser tests skipped; install it with: " + INSTALL);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            com.microsoft.playwright.Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new Browser(playwright, chromium);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Debian's Chromium executables, the preferred first: the headless shell, then the whole browser. */
    static final List<Path> DEBIAN = List.of(Paths.get("/usr/bin/chromium-headless-shell"), Paths.get("/usr/bin/chromium"));

    /** The Chromium executable: system property {@code chromium.path}, or else the first of {@link #DEBIAN} installed. */
    public static Path executable() {
        String path = System.getProperty("chromium.path", "");
        if (!path.isBlank()) {
            return Paths.get(path);
        }
        return DEBIAN.stream().filter(Files::isExecutable).findFirst().orElse(DEBIAN.get(0));
    }

    /** Whether {@link #executable()} exists and can be run. */
    public static boolean isInstalled() {
        return Files.isExecutable(executable());
    }

    /** Whether we run in CI ({@code CI=true}), where a missing browser is a failure, not a skip. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** How to install what the browser tests need. */
    public static final String INSTALL = "apt-get install -y chromium-headless-shell (or chromium)";

    static String missingMessage() {
        return "Chromium not found at " + executable() + ".";
    }

    /** A fresh context (own cookies, cache, history) with a viewport of the given CSS pixels. */
    public BrowserContext newContext(int width, int height) {
        return newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** A fresh context with the given options; short timeouts so a hung page fails quickly. */
    public BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
        BrowserContext context = chromium.newContext(options);
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(20_000);
        return context;
    }

    /** A page in a fresh context of its own; closing the page's context is the caller's job. */
    public Page newPage(int width, int height) {
        return newContext(width, height).newPage();
    }

    /** The underlying Playwright browser, for anything this class does not cover. */
    public com.microsoft.playwright.Browser chromium() {
        return chromium;
    }

    /** Closes Chromium, except the {@link #shared()} one, which stays open for the next test class. */
    @Override
    public void close() {
        if (!isShared) {
            closeNow();
        }
    }

    private void closeNow() {
        try {
            chromium.close();
        } finally {
            playwright.close();
        }
    }
}
