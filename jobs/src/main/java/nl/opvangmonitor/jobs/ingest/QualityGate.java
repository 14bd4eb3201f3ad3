package nl.opvangmonitor.jobs.ingest;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The limits of ingest's quality gate (docs/ingest.md, "Quality gate"): over them a run still ingests and
 * records its findings, then exits 3, so a scheduler stops before conform.
 */
public final class QualityGate {
    /** The default share of a delivery's rows that may be quarantined. */
    public static final double DEFAULT_MAX_QUARANTINE_SHARE = 0.05;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private double maxQuarantineShare = DEFAULT_MAX_QUARANTINE_SHARE;

    @Option(names = "--max-quarantine-share", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Largest share of a delivery's rows that may be quarantined (0..1) before the run exits 3; "
                    + "default ${DEFAULT-VALUE}; 1 turns the check off.")
    void maxQuarantineShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new ParameterException(spec.commandLine(), "--max-quarantine-share must lie between 0 and 1, not " + share);
        }
        maxQuarantineShare = share;
    }

    /** What the gate does with a finding over its limits. */
    public enum Mode {
        /** Exit 3 after ingesting, so a scheduler stops before conform. */
        STOP,
        /** Only warn (and keep the finding): for a landing zone known to be hostile, such as a test's. */
        WARN
    }

    @Option(names = "--quality-gate", paramLabel = "MODE", defaultValue = "stop",
            description = "stop (exit 3 over the limits) or warn (findings kept and printed, exit 0); default ${DEFAULT-VALUE}.")
    Mode mode = Mode.STOP;

    @Option(names = "--require-all-sources",
            description = "Exit 3 when a source has no delivery for a month in which another source delivered.")
    boolean requireAllSources;

    /** The default gate, for callers without a command line. */
    public static QualityGate defaults() {
        return new QualityGate();
    }

    /** A gate that keeps and prints its findings but never stops: for generated data, whose defects are on purpose (bench). */
    public static QualityGate warning() {
        QualityGate gate = new QualityGate();
        gate.mode = Mode.WARN;
        return gate;
    }

    double maxQuarantineShare() {
        return maxQuarantineShare;
    }

    /** Whether a finding stops the run under these limits. */
    boolean stops(DeliveryFinding finding) {
        return mode == Mode.STOP && switch (finding.check()) {
            case QUARANTINE_SHARE, TRUNCATED_FILE, CONTROL_TOTAL -> true;
            case MISSING_DELIVERY -> requireAllSources;
        };
    }
}
