package nl.opvangmonitor.tools.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.jobs.runtime.JobFailure;

/**
 * Starts a Java main class in a new JVM with this JVM's class path and options (heap, Spark's
 * --add-opens), its stderr passed through, and returns its stdout lines: the bench's full runs then
 * include the JVM start, as a scheduled run would.
 */
final class ChildJvm {
    /** What the child printed, and when it was started (epoch milliseconds). */
    record Output(List<String> lines, long startedMillis) {
    }

    private ChildJvm() {
    }

    /** Runs {@code mainClass} with {@code args}; fails with one line when it exits non-zero. */
    static Output run(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib:jdwp") && !a.startsWith("-javaagent")).forEach(command::add);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        long started = System.currentTimeMillis();
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Thread stopChild = new Thread(process::destroy); // a stopped bench leaves no pipeline running
            Runtime.getRuntime().addShutdownHook(stopChild);
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            }
            int code = process.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            if (code != 0) {
                throw new JobFailure(mainClass.substring(mainClass.lastIndexOf('.') + 1) + " " + String.join(" ", args)
                        + " failed with exit code " + code + " (its error is above)");
            }
            return new Output(lines, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailure("interrupted while waiting for " + mainClass);
        }
    }
}
