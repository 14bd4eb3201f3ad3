package nl.opvangmonitor.jobs.cli;

import java.io.IOException;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.LakeRoot;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import nl.opvangmonitor.jobs.runtime.SparkRuntime;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --lake} option of every job that reads or writes the lake (any Hadoop file system URI), and the
 * check that it names one: a typo must fail loudly (exit 1, "no lake at ...") instead of reading an empty lake
 * or creating a misspelled one. A relative path means the same folder to every command (the working directory).
 */
public final class LakeOption {
    @Option(names = "--lake", required = true, paramLabel = "DIR",
            description = "Root of the lake: a local folder or any Hadoop file system URI (hdfs://, s3a://).")
    String lake;

    /** The command this option belongs to: its verbosity decides how loud Spark is. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The option as a command line gives it, for a command that chooses the lake itself (demo). */
    public static LakeOption at(String root, CommandSpec command) {
        LakeOption option = new LakeOption();
        option.lake = root;
        option.command = command;
        return option;
    }

    /** The lake's root as given. */
    public String root() {
        return lake;
    }

    /** The existing lake this job reads or updates, in the job's Spark session; exit 1 when there is none. */
    public Lake open(String job) {
        Lake resolved = resolved(job);
        if (!inspect(resolved, false)) {
            throw new JobFailure("no lake at " + resolved.root());
        }
        return resolved;
    }

    /** The root of the existing lake, qualified, for a reader that does not start Spark; exit 1 when there is none. */
    public String existingRoot() {
        try {
            String root = LakeRoot.qualified(LakeRoot.configuration(), lake);
            Path path = new Path(root);
            if (!LakeRoot.holdsLake(path.getFileSystem(LakeRoot.configuration()), path)) {
                throw new JobFailure("no lake at " + root);
            }
            return root;
        } catch (IOException e) {
            throw new JobFailure("cannot look for a lake at " + lake + ": " + e.getMessage(), FailureKind.FAILURE, e);
        }
    }

    /**
     * The lake ingest writes into: an existing lake, or a new one when the folder is new (its parent existing)
     * or empty, said in a progress line; anything else is exit 1 naming the folder.
     */
    public Lake openOrCreate(String job) {
        Lake resolved = resolved(job);
        if (!inspect(resolved, true)) {
            Console.progress(job, "no lake at " + resolved.root() + " yet: creating a new one");
        }
        return resolved;
    }

    /** The lake at the given root, resolved against the working directory, in the job's session. */
    private Lake resolved(String job) {
        SparkSession spark = SparkRuntime.session(job, Verbosity.of(command));
        try {
            return new Lake(spark, LakeRoot.qualified(hadoop(spark), lake), SparkRuntime.newRunId());
        } catch (IOException e) {
            throw new JobFailure("cannot resolve the lake path " + lake + ": " + e.getMessage(), FailureKind.FAILURE,
                    e);
        }
    }

    /** Whether a lake is there; when creating is allowed and none is, fails unless a new one may be made there. */
    private static boolean inspect(Lake lake, boolean mayCreate) {
        try {
            Path path = new Path(lake.root());
            FileSystem fs = path.getFileSystem(hadoop(lake.spark()));
            if (LakeRoot.holdsLake(fs, path)) {
                return true;
            }
            if (mayCreate && !LakeRoot.mayHoldNewLake(fs, path)) {
                throw new JobFailure("no lake at " + lake.root() + ", and no new one is made there: a new lake needs "
                        + "a new folder in an existing one, or an empty folder");
            }
            return false;
        } catch (IOException e) {
            throw new JobFailure("cannot look for a lake at " + lake.root() + ": " + e.getMessage(),
                    FailureKind.FAILURE, e);
        }
    }

    private static Configuration hadoop(SparkSession spark) {
        return spark.sparkContext().hadoopConfiguration();
    }
}
