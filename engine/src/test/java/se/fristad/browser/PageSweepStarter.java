package se.fristad.browser;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import se.fristad.testsupport.Browser;
import se.fristad.testsupport.BuiltSite;
import se.fristad.testsupport.ServedSiteTest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Starts the {@link PageSweep} when a test run that includes {@link AccessibilityIT}, {@link SecurityIT} or
 * {@link TextZoomIT} begins, so that its two Chromiums visit every page while the other browser tests run (a browser
 * test mostly waits on one Chromium, leaving a core idle; the sweep fills it). Those three classes then wait for the
 * result; {@link SweepLast} runs them last. Only in the integration-test run (failsafe sets {@code fristad.site}) and only where Chromium is installed;
 * otherwise the tests start the sweep themselves, or are skipped, as before. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class PageSweepStarter implements TestExecutionListener {


    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (System.getProperty("fristad.site") == null || !Browser.isInstalled() || !includesTheSweep(plan)) {
            return;
        }
        try {
            var site = BuiltSite.dir();
            PageSweep.start(site, ServedSiteTest.sharedServer(site));
        } catch (RuntimeException | AssertionError e) {
            // No built site or no server: the sweep's tests start it themselves and report what is wrong.
            System.out.println("page sweep not started early: " + e.getMessage());
        }
    }

    private static boolean includesTheSweep(TestPlan plan) {
        Deque<TestIdentifier> todo = new ArrayDeque<>(plan.getRoots());
        while (!todo.isEmpty()) {
            TestIdentifier id = todo.pop();
            TestSource source = id.getSource().orElse(null);
            if (source instanceof ClassSource c && SweepLast.WAIT_FOR_THE_SWEEP.contains(c.getClassName())) {
                return true;
            }
            todo.addAll(plan.getChildren(id));
        }
        return false;
    }
}
