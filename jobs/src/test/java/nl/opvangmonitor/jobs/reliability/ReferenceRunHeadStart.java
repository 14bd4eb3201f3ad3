package nl.opvangmonitor.jobs.reliability;

import java.util.Set;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the {@link ReferenceRun} (two pipelines in child JVMs, four minutes) in the background as soon as a test
 * plan that needs it begins, so its child processes run while the test JVM works through the classes before the
 * reliability tests, instead of the test JVM waiting for them. Registered by ServiceLoader
 * ({@code META-INF/services}); a plan without a class that uses the run starts nothing.
 */
public final class ReferenceRunHeadStart implements TestExecutionListener {
    private static final Set<Class<?>> USERS = Set.of(CrashSafetyTest.class, DoubleRunTest.class, LeakScanTest.class);

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean needed = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(ReferenceRunHeadStart::usesTheRun);
        if (needed) {
            ReferenceRun.startInBackground();
        }
    }

    private static boolean usesTheRun(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(source -> USERS.stream().anyMatch(c -> c.getName().equals(source.getClassName()))).orElse(false);
    }
}
