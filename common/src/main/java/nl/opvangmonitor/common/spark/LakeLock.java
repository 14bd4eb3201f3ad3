package nl.opvangmonitor.common.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One writer at a time per lake: a lock file {@code <lake>/_lock} created atomically (create
 * without overwrite), naming its holder (host, process id, job, run id, start). A second run
 * refuses, or waits, with the holder's name in the message; a lock left by a dead process on this
 * host is detected and taken over. Closing releases it.
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

    /**
     * Takes the lock of the lake at {@code root}, waiting up to {@code waitSeconds} for a live
     * holder to release it; a stale lock (its process is dead on this host) is taken over.
     */
    public static LakeLock acquire(String root, String job, String runId, long waitSeconds) {
        try {
            Path path = new Path(root, FILE);
            FileSystem fs = FileSystem.get(URI.create(root), new Configuration());
            fs.mkdirs(path.getParent());
            String holder = describe(job, runId);
            long deadline = System.currentTimeMillis() + waitSeconds * 1000;
            while (true) {
                if (tryCreate(fs, path, holder)) {
                    return new LakeLock(fs, path, holder);
                }
                Optional<String> current = read(fs, path);
                if (current.isPresent() && isStale(current.get())) {
                    fs.delete(path, false);
                    continue;
                }
                if (System.currentTimeMillis() >= deadline) {
                    throw new LockedException("the lake " + root + " is locked by another run: "
                            + current.orElse("(holder unknown)").strip());
                }
                Thread.sleep(1000);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot take the lake lock in " + root + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lake lock", e);
        }
    }

    private static boolean tryCreate(FileSystem fs, Path path, String holder) throws IOException {
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
