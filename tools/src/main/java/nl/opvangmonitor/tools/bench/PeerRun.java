package nl.opvangmonitor.tools.bench;

import java.nio.file.Path;

/** The DuckDB peer timed on a landing zone: its result (for the cross-check) and its measurement. */
record PeerRun(PeerResult result, Measurement measurement) {

    /** Runs {@link DuckDbPeer#compute} on {@code raw} at its latest delivery; rows in are the records it read. */
    static PeerRun measure(double scale, long persons, Path raw) {
        double loadBefore = ProcessFigures.loadAverage();
        ProcessFigures.resetHeapPeak();
        double cpu = ProcessFigures.cpuSeconds();
        long started = System.nanoTime();
        PeerResult result = DuckDbPeer.compute(raw, null);
        double wall = (System.nanoTime() - started) / 1e9;
        long read = result.recordsRead().values().stream().mapToLong(Long::longValue).sum();
        long written = result.schoolAccess().rows().size() + result.relocationRateMonthly().rows().size();
        return new PeerRun(result, new Measurement(scale, persons, BenchReport.PEER, "compute", read, written, wall,
                ProcessFigures.cpuSeconds() - cpu, ProcessFigures.heapPeakBytes(), -1, -1, loadBefore,
                ProcessFigures.loadAverage()));
    }
}
