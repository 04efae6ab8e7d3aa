package se.fristad.browser;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;
import java.util.Set;

/**
 * The order of test classes in a run: by name, but {@link AccessibilityIT}, {@link SecurityIT}, {@link TextZoomIT}
 * and {@link FirstScreenIT} last. Those wait for the {@link PageSweep}, which {@link PageSweepStarter} starts in the background as the
 * run begins; run first, they would hold up every other class while the sweep works, instead of letting the other
 * classes run beside it. Set as the default in {@code engine/src/test/resources/junit-platform.properties}.
 */
public final class SweepLast implements ClassOrderer {

    static final Set<String> WAIT_FOR_THE_SWEEP = Set.of(AccessibilityIT.class.getName(), SecurityIT.class.getName(),
            TextZoomIT.class.getName(), FirstScreenIT.class.getName(),
            ExitEverywhereIT.class.getName());

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor d) -> WAIT_FOR_THE_SWEEP.contains(d.getTestClass().getName()))
                .thenComparing(d -> d.getTestClass().getName()));
    }
}
