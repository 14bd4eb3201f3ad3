package nl.opvangmonitor.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What this JVM has used so far: CPU seconds of all its threads, the heap's peak since the last
 * reset, the resident memory's peak (VmHWM) and the machine's load; the bench's figures besides wall time,
 * since on a shared machine wall time alone misleads.
 */
final class ProcessFigures {
    private ProcessFigures() {
    }

    /** CPU seconds (user + system, all threads) this process has used, or NaN where the JVM cannot say. */
    static double cpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** The sum of the heap pools' peak usage since the last {@link #resetHeapPeak()}, in bytes. */
    static long heapPeakBytes() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Starts a new heap peak measurement. */
    static void resetHeapPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The peak resident set size of this process (VmHWM of /proc/self/status) in bytes, when Linux tells. */
    static Optional<Long> rssPeakBytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The machine's load average over the last minute (negative when unknown). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
