package nl.opvangmonitor.common.privacy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The secret pseudonymisation key, from a key file or the environment variable
 * {@value #ENV_VARIABLE}; a fixed demo key only when a run says it is a demo. Never printed.
 */
public final class PseudonymKey {
    public static final String ENV_VARIABLE = "OPVANGMONITOR_PSEUDONYM_KEY";
    /** Minimum key length in bytes: shorter secrets can be guessed. */
    public static final int MIN_BYTES = 16;
    private static final String DEMO_KEY = "opvangmonitor-demo-key-NOT-FOR-REAL-DATA";

    private final byte[] bytes;
    private final boolean demo;

    private PseudonymKey(byte[] bytes, boolean demo) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("the pseudonymisation key must be at least " + MIN_BYTES + " bytes");
        }
        this.bytes = bytes;
        this.demo = demo;
    }

    public static PseudonymKey of(String secret) {
        return new PseudonymKey(secret.strip().getBytes(StandardCharsets.UTF_8), false);
    }

    public static PseudonymKey demo() {
        return new PseudonymKey(DEMO_KEY.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Reads the key file (its content, stripped of surrounding whitespace, is the key). */
    public static PseudonymKey fromFile(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (FileSystemException e) { // its message is the path again; the reason is what a person needs
            throw new IllegalArgumentException("cannot read the key file " + file + ": " + reason(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the key file " + file + ": " + e.getMessage());
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
    }

    /**
     * The key a run uses: the key file if given, else the environment variable, else the demo key
     * if the run is a demo; otherwise an error, because real data must never get a default key.
     */
    public static PseudonymKey resolve(Path keyFile, String environmentValue, boolean demo) {
        if (keyFile != null) {
            return fromFile(keyFile);
        }
        if (environmentValue != null && !environmentValue.isBlank()) {
            return of(environmentValue);
        }
        if (demo) {
            return demo();
        }
        throw new IllegalArgumentException("no pseudonymisation key: give --key-file or set " + ENV_VARIABLE
                + " (or --demo for generated data only)");
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, bytes.length);
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public String toString() {
        return demo ? "PseudonymKey[demo]" : "PseudonymKey[hidden]";
    }
}
