package nl.opvangmonitor.jobs.cli;

/** A failure a person can act on: one readable line and the exit code a scheduler sees. */
public class JobFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public JobFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A failure caused by another exception, whose trace --verbose prints. */
    public JobFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public JobFailure(String message) {
        this(message, ExitCodes.FAILURE);
    }

    public int exitCode() {
        return exitCode;
    }

    /** The first line of a message (Spark's and Java's often run on with plans or traces), for the one-line error. */
    public static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
