package nl.opvangmonitor.common.spark;

import java.io.IOException;
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
