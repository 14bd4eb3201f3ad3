package nl.opvangmonitor.common.spark;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.tables.Layer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The lake root is for its owner only (privacy.md: bronze and silver are for data engineers): a new
 * root is created with permission 700, so nobody else can enter any layer under it whatever the
 * modes below, and Hadoop writes use umask 077.
 */
public final class LakeRoot {
    /** Hadoop's umask setting, applied to what Hadoop file systems create. */
    public static final String UMASK_KEY = "fs.permissions.umask-mode";
    public static final String UMASK = "077";
    private static final FsPermission OWNER_ONLY = new FsPermission((short) 0700);

    private LakeRoot() {
    }

    /** A Hadoop configuration with the owner-only umask, for file-system access outside Spark. */
    public static Configuration configuration() {
        Configuration conf = new Configuration();
        conf.set(UMASK_KEY, UMASK);
        return conf;
    }

    /** The file system of a lake root or any other location (a local path or a Hadoop URI), outside Spark. */
    public static FileSystem fileSystem(String location) throws IOException {
        return FileSystem.get(URI.create(location), configuration());
    }

    /**
     * The root as the file system sees it: a relative path is resolved against the file system's working
     * folder (the process's working directory for local paths), so Spark SQL, Delta and the lock all mean the
     * same folder. A local root given without a scheme stays a plain absolute path; others keep their scheme.
     */
    public static String qualified(Configuration hadoop, String root) throws IOException {
        Path path = new Path(root);
        Path qualified = path.getFileSystem(hadoop).makeQualified(path);
        boolean plainLocal = path.toUri().getScheme() == null && "file".equals(qualified.toUri().getScheme());
        return plainLocal ? qualified.toUri().getPath() : qualified.toString();
    }

    /** Whether the folder holds a lake: a layer folder or the lake lock in it. */
    public static boolean holdsLake(FileSystem fs, Path root) throws IOException {
        if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
            return false;
        }
        Set<String> names = Arrays.stream(fs.listStatus(root)).map(s -> s.getPath().getName()).collect(Collectors.toSet());
        return names.contains(LakeLock.FILE) || Arrays.stream(Layer.values()).anyMatch(l -> names.contains(l.folder()));
    }

    /** Whether a new lake may be made at the root: the folder is new (in an existing folder) or empty. */
    public static boolean mayHoldNewLake(FileSystem fs, Path root) throws IOException {
        if (fs.exists(root)) {
            return fs.getFileStatus(root).isDirectory() && fs.listStatus(root).length == 0;
        }
        return root.getParent() == null || fs.exists(root.getParent());
    }

    /** Creates the root with permission 700 when it does not exist yet; an existing root is left as it is. */
    public static void createPrivate(FileSystem fs, Path root) throws IOException {
        if (fs.exists(root)) {
            return;
        }
        if (!fs.mkdirs(root, OWNER_ONLY)) {
            throw new IOException("cannot create the lake folder " + root);
        }
        fs.setPermission(root, OWNER_ONLY);
    }
}
