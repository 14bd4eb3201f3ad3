package nl.opvangmonitor.jobs.cli;

import picocli.CommandLine.Option;

/** The {@code --lake} option of every job that reads or writes the lake (any Hadoop file system URI). */
public final class LakeOption {
    @Option(names = "--lake", required = true, paramLabel = "DIR",
            description = "Root of the lake: a local folder or any Hadoop file system URI (hdfs://, s3a://).")
    String lake;

    public String root() {
        return lake;
    }
}
