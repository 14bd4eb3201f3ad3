package nl.opvangmonitor.tools.bench;

/**
 * One line of the bench report: at a scale, one step of one run (or a reference) with its rows in and
 * out, wall and CPU seconds, memory peaks and Spark jobs started (-1 when unknown) and the machine's load
 * before and after.
 */
record Measurement(double scale, long persons, String run, String stage, long rowsIn, long rowsOut,
                   double wallSeconds, double cpuSeconds, long heapPeakBytes, long rssPeakBytes, long sparkJobs,
                   double loadBefore, double loadAfter) {

    /** Rows in per wall second (0 without time). */
    double rowsPerSecond() {
        return wallSeconds > 0 ? rowsIn / wallSeconds : 0;
    }
}
