package nl.opvangmonitor.jobs.runtime;

/** A failure a person can act on: one readable line and its kind, which the command line maps to an exit code. */
public class JobFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final FailureKind kind;

    public JobFailure(String message, FailureKind kind) {
        super(message);
        this.kind = kind;
    }

    /** A failure caused by another exception, whose trace --verbose prints. */
    public JobFailure(String message, FailureKind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public JobFailure(String message) {
        this(message, FailureKind.FAILURE);
    }

    public FailureKind kind() {
        return kind;
    }

    /** The first line of a message (Spark's and Java's often run on with plans or traces), for the one-line error. */
    public static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
