package nl.opvangmonitor.jobs.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.Main;

/**
 * The command line in a child JVM (the test classpath, {@link Main}), so a test can kill it with
 * SIGKILL or run two at once; its stderr is followed line by line, so a test can act on a progress
 * line instead of sleeping.
 */
final class PipelineProcess {
    /** The secret key of every child run: distinctive, so a scan for it cannot hit by chance. */
    static final String KEY = "rel-key-Qx7vT2mZ9pLw4sKd8fHc";

    private final Process process;
    private final List<String> errLines = new ArrayList<>();
    /** When each stderr line was read, by index. */
    private final List<Instant> errTimes = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final Thread errReader;
    private final Thread outReader;

    private PipelineProcess(Process process) {
        this.process = process;
        this.errReader = follow(process.getErrorStream(), line -> {
            synchronized (errLines) {
                errLines.add(line);
                errTimes.add(Instant.now());
                errLines.notifyAll();
            }
        });
        this.outReader = follow(process.getInputStream(), line -> {
            synchronized (out) {
                out.append(line).append('\n');
            }
        });
    }

    /** Starts {@code opvangmonitor <args>} with the test key in the environment and the given extra JVM options. */
    static PipelineProcess start(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(sparkOpens());
        command.add("-Xmx1g");
        command.add("-XX:ReservedCodeCacheSize=256m"); // the default filled up in a long run
        // interpreted like the test JVM's session: on a test's few rows the JIT's C2 then pays, as there
        SharedSpark.TINY_DATA_SETTINGS.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(PseudonymKey.ENV_VARIABLE, KEY);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        try {
            return new PipelineProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until a stderr line matches (true) or the process ended without one (false). No time
     * limit of its own: surefire's timeout ends a hung run.
     */
    boolean awaitErrLine(Predicate<String> matches) throws InterruptedException {
        int seen = 0;
        synchronized (errLines) {
            while (true) {
                for (; seen < errLines.size(); seen++) {
                    if (matches.test(errLines.get(seen))) {
                        return true;
                    }
                }
                if (!errReader.isAlive()) {
                    return false;
                }
                errLines.wait(200);
            }
        }
    }

    /** When the first stderr line that matches was read, if one was. */
    Optional<Instant> timeOfErrLine(Predicate<String> matches) {
        synchronized (errLines) {
            for (int i = 0; i < errLines.size(); i++) {
                if (matches.test(errLines.get(i))) {
                    return Optional.of(errTimes.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /** SIGKILL, as a crash or an operator's kill -9: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        errReader.join();
        outReader.join();
    }

    /** Waits for the end and returns the exit code, with every line read. */
    int exitCode() throws InterruptedException {
        int code = process.waitFor();
        errReader.join();
        outReader.join();
        return code;
    }

    long pid() {
        return process.pid();
    }

    String err() {
        synchronized (errLines) {
            return String.join("\n", errLines);
        }
    }

    String out() {
        synchronized (out) {
            return out.toString();
        }
    }

    /** The JVM flags Spark needs on Java 17, as surefire gave them to this JVM. */
    private static List<String> sparkOpens() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                        || a.startsWith("-Dio.netty"))
                .toList();
    }

    private static Thread follow(InputStream stream, java.util.function.Consumer<String> onLine) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                onLine.accept("(stream closed: " + e.getMessage() + ")");
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
