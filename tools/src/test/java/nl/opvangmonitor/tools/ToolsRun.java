package nl.opvangmonitor.tools;

import nl.opvangmonitor.common.testing.CapturedOutput;

/** bin/opvangmonitor's command line (the jobs' and the tools' commands) run in this JVM, its output captured. */
public final class ToolsRun {
    private ToolsRun() {
    }

    /** Runs {@code opvangmonitor <args>}. */
    public static CapturedOutput of(String... args) {
        return CapturedOutput.of(() -> ToolsMain.run(args));
    }
}
