package nl.opvangmonitor.common.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One writer at a time per lake: a lock file {@code <lake>/_lock} created atomically with its
 * content complete (a hard link on a local disk, create-without-overwrite elsewhere), naming its
 * holder (host, process id, job, run id, start). A second run refuses, or waits, with the holder's
 * name in the message; a lock left by a dead process on this host is deleted under a second lock
 * ({@link #removeStale}), so of several runs that find the same stale lock exactly one takes the
 * lake, and none deletes the lock of the run that did. Closing releases it.
 */
public final class LakeLock implements AutoCloseable {
    public static final String FILE = "_lock";

    private final FileSystem fs;
    private final Path path;
    private final String holder;

    private LakeLock(FileSystem fs, Path path, String holder) {
        this.fs = fs;
        this.path = path;
        this.holder = holder;
    }

    /** Thrown when another live process holds the lock; the message names the holder. */
    public static final class LockedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LockedException(String message) {
            super(message);
        }
    }

    /** Thrown when the lock file cannot be created or read: the lake's folder is not writable. */
    public static final class UnwritableLakeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnwritableLakeException(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** Whether some run holds the lock of the lake at {@code root} now (its lock file exists). */
    public static boolean held(String root) {
        try {
            return LakeRoot.fileSystem(root).exists(new Path(root, FILE));
        } catch (IOException e) {
            throw new UnwritableLakeException("cannot read the lake " + root + ": " + readable(e), e);
        }
    }

    /**
     * Takes the lock of the lake at {@code root}, waiting up to {@code waitSeconds} for a live
     * holder to release it; a stale lock (its process is dead on this host) is taken over.
     */
    public static LakeLock acquire(String root, String job, String runId, long waitSeconds) {
        try {
            Path path = new Path(root, FILE);
            FileSystem fs = LakeRoot.fileSystem(root);
            LakeRoot.createPrivate(fs, path.getParent());
            String holder = describe(job, runId);
            long deadline = System.currentTimeMillis() + waitSeconds * 1000;
            while (true) {
                if (tryCreate(fs, path, holder)) {
                    return new LakeLock(fs, path, holder);
                }
                Optional<String> current = read(fs, path);
                if (current.isPresent() && isStale(current.get())) {
                    removeStale(fs, path, current.get());
                    continue;
                }
                if (System.currentTimeMillis() >= deadline) {
                    throw new LockedException("the lake " + root + " is locked by another run: "
                            + current.orElse("(holder unknown)").strip());
                }
                Thread.sleep(1000);
            }
        } catch (IOException e) {
            throw new UnwritableLakeException("cannot write to the lake " + root + ": " + readable(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lake lock", e);
        }
    }

    /** What went wrong in words: an access-denied exception's message is only the path. */
    static String readable(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ": " + fs.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Creates the lock file with its content in one atomic step; false when it exists. On a local disk
     * Hadoop's create-without-overwrite checks and then creates (two processes can both pass the
     * check), so the content is written to a private file first and hard-linked into place, which
     * the operating system refuses when the name exists.
     */
    private static boolean tryCreate(FileSystem fs, Path path, String holder) throws IOException {
        if (fs instanceof LocalFileSystem local) {
            java.nio.file.Path lock = local.pathToFile(path).toPath();
            java.nio.file.Path own = lock.resolveSibling(FILE + "." + UUID.randomUUID() + ".tmp");
            Files.writeString(own, holder);
            Files.setPosixFilePermissions(own, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            try {
                Files.createLink(lock, own);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.delete(own);
            }
        }
        try (OutputStream out = fs.create(path, false)) {
            out.write(holder.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            if (fs.exists(path)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes a stale lock, under a second lock file ({@code _lock.breaking}) that only one run can
     * hold: holding it, the run reads the lock again and deletes it only if it is still the stale
     * one that was read, so a live lock taken in between (by a run that broke the stale one first)
     * is never touched. A run that finds another breaking waits a moment and tries again; a
     * breaking file older than {@link #ABANDONED_BREAK_MILLIS} was left by a run that died in those
     * few milliseconds and is cleared.
     */
    private static void removeStale(FileSystem fs, Path path, String stale) throws IOException, InterruptedException {
        Path breaking = new Path(path.getParent(), FILE + BREAKING);
        if (!tryCreate(fs, breaking, describe("break-stale-lock", "-"))) {
            clearAbandoned(fs, breaking);
            Thread.sleep(20);
            return;
        }
        try {
            if (read(fs, path).filter(stale::equals).isPresent()) {
                fs.delete(path, false);
            }
        } finally {
            fs.delete(breaking, false);
        }
    }

    /** Deletes a breaking file older than {@link #ABANDONED_BREAK_MILLIS}. */
    private static void clearAbandoned(FileSystem fs, Path breaking) throws IOException {
        try {
            if (System.currentTimeMillis() - fs.getFileStatus(breaking).getModificationTime() > ABANDONED_BREAK_MILLIS) {
                fs.delete(breaking, false);
            }
        } catch (java.io.FileNotFoundException e) {
            // the other run finished breaking
        }
    }

    /** Suffix of the lock file held while a stale lock is deleted. */
    static final String BREAKING = ".breaking";
    /** Deleting a stale lock takes milliseconds: a breaking file this old belongs to a dead run. */
    static final long ABANDONED_BREAK_MILLIS = 30_000;

    private static Optional<String> read(FileSystem fs, Path path) throws IOException {
        try (InputStream in = fs.open(path)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        }
    }

    /** {@code host=... pid=... job=... run=... since=...}: everything a person needs to find the holder. */
    static String describe(String job, String runId) {
        return "host=" + hostName() + " pid=" + ProcessHandle.current().pid() + " job=" + job + " run=" + runId
                + " since=" + Instant.now();
    }

    /** A lock is stale when its holder ran on this host and that process no longer lives. */
    static boolean isStale(String holder) {
        String host = field(holder, "host");
        String pid = field(holder, "pid");
        if (host == null || pid == null || !host.equals(hostName())) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String field(String holder, String name) {
        for (String part : holder.strip().split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    /** Releases the lock if it is still ours. */
    @Override
    public void close() {
        try {
            Optional<String> current = read(fs, path);
            if (current.isPresent() && current.get().equals(holder)) {
                fs.delete(path, false);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot release the lake lock " + path + ": " + e.getMessage(), e);
        }
    }
}
