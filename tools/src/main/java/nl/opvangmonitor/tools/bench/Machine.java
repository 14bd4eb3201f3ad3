package nl.opvangmonitor.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a bench ran on, in one line of the report: cores, CPU model, memory, OS, Java and Spark. */
final class Machine {
    private Machine() {
    }

    /** E.g. {@code 2 cores (Intel Xeon ...), 23.5 GiB memory, Linux 6.1 amd64, Java 17.0.9 (OpenJDK ...), Spark 4.2.0}. */
    static String describe(String sparkVersion) {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return String.format(Locale.ROOT, "%d cores%s, %s memory, %s %s %s, Java %s (%s), Spark %s",
                Runtime.getRuntime().availableProcessors(), cpuModel(),
                memory < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", memory / 1073741824.0),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), sparkVersion);
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            return !Files.isReadable(cpuinfo) ? "" : Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> " (" + l.substring(l.indexOf(':') + 1).strip() + ")").orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
