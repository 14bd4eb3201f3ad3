package nl.opvangmonitor.jobs.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.opvangmonitor.common.spark.LakeRoot;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * What a finished pipeline run started from and left behind, read without Spark: a digest of its parameters
 * (the command line and a pseudonym that identifies the key without revealing it), a digest of the landing zone's
 * and the exports' listings (path, size, modification time of every file), and the newest Delta version of every
 * table of the lake. A later run whose marker is equal has nothing to do (issue 22, "a no-op run that costs
 * nothing"): the inputs are the same and no table changed since. Kept in {@value #FILE} at the lake's root.
 */
public record RunMarker(String parameters, String landing, String exports, TreeMap<String, Long> tables) {
    /** The marker's file under the lake root. */
    public static final String FILE = "_last_pipeline_run";

    /** The marker of a run with these parameters on this landing zone, exports folder (or null) and lake, now. */
    public static RunMarker now(String lakeRoot, String raw, String exports, String parameters) {
        return new RunMarker(digest(parameters), listing(raw), exports == null ? "" : listing(exports),
                versions(lakeRoot));
    }

    /** The marker the last finished run left in the lake, if any. */
    public static Optional<RunMarker> last(String lakeRoot) {
        try {
            FileSystem fs = LakeRoot.fileSystem(lakeRoot);
            Path file = new Path(lakeRoot, FILE);
            if (!fs.exists(file)) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (InputStream in = fs.open(file)) {
                p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            TreeMap<String, Long> tables = new TreeMap<>();
            p.stringPropertyNames().stream().filter(n -> n.startsWith("table.")).forEach(
                    n -> tables.put(n.substring("table.".length()), Long.parseLong(p.getProperty(n))));
            return Optional.of(new RunMarker(p.getProperty("parameters"), p.getProperty("landing"),
                    p.getProperty("exports"), tables));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes this marker as the lake's last finished run. */
    public void save(String lakeRoot) {
        Properties p = new Properties();
        p.setProperty("parameters", parameters);
        p.setProperty("landing", landing);
        p.setProperty("exports", exports);
        tables.forEach((name, version) -> p.setProperty("table." + name, Long.toString(version)));
        try {
            StringWriter text = new StringWriter();
            p.store(text, "opvangmonitor: the last finished pipeline run (no identifiers: digests and versions)");
            try (OutputStream out = LakeRoot.fileSystem(lakeRoot).create(new Path(lakeRoot, FILE), true)) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run marker of " + lakeRoot, e);
        }
    }

    /** The newest version of every table of the lake (-1: absent), from the names of its Delta log files. */
    private static TreeMap<String, Long> versions(String lakeRoot) {
        TreeMap<String, Long> versions = new TreeMap<>();
        try {
            FileSystem fs = LakeRoot.fileSystem(lakeRoot);
            for (TableDef table : Tables.all()) {
                Path log = new Path(lakeRoot + "/" + table.relativePath() + "/_delta_log");
                long newest = -1;
                if (fs.exists(log)) {
                    for (FileStatus f : fs.listStatus(log)) {
                        String name = f.getPath().getName();
                        if (name.matches("\\d{20}\\.json")) {
                            newest = Math.max(newest, Long.parseLong(name.substring(0, 20)));
                        }
                    }
                }
                versions.put(table.qualifiedName(), newest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the tables of " + lakeRoot, e);
        }
        return versions;
    }

    /** A digest of every file under the folder: its path, size and modification time. */
    private static String listing(String folder) {
        try {
            FileSystem fs = LakeRoot.fileSystem(folder);
            Path root = fs.makeQualified(new Path(folder));
            TreeSet<String> lines = new TreeSet<>();
            if (fs.exists(root)) {
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
                while (files.hasNext()) {
                    FileStatus f = files.next();
                    lines.add(f.getPath() + "\t" + f.getLen() + "\t" + f.getModificationTime());
                }
            }
            return digest(root + "\n" + String.join("\n", lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
