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
}
