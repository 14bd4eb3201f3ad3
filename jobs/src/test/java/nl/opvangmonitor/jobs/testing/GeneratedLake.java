package nl.opvangmonitor.jobs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.generator.Generator;
import nl.opvangmonitor.jobs.cli.ExitCodes;

/**
 * One generated landing zone (300 persons, the generator's default seed, range and defect rate) and one
 * pipeline run over it in this JVM ({@code --demo}, with exports), each made once per test JVM on first
 * use and shared by the tests that read a whole generated lake. Nobody writes to them: a test that changes
 * a lake works on {@link #copyOfLake}.
 */
public final class GeneratedLake {
    private static Path raw;
    private static GeneratedLake instance;

    /** The landing zone. */
    public final Path rawDir;
    /** The lake the pipeline made from it. */
    public final Path lake;
    /** The pipeline's CSV and Excel exports. */
    public final Path exports;

    private GeneratedLake(Path rawDir, Path lake, Path exports) {
        this.rawDir = rawDir;
        this.lake = lake;
        this.exports = exports;
    }

    /** The generated landing zone alone, for tests that read raw files and need no lake. */
    public static synchronized Path raw() {
        if (raw == null) {
            Path dir = TestFolders.temporary("opvangmonitor-generated-raw");
            GeneratedRaw.write(dir, 300, Generator.DEFAULT_FROM, Generator.DEFAULT_TO);
            raw = dir;
        }
        return raw;
    }

    /** The landing zone and the pipeline's lake and exports. */
    public static synchronized GeneratedLake get() {
        if (instance == null) {
            SharedSpark.spark();
            Path dir = TestFolders.temporary("opvangmonitor-generated-lake");
            GeneratedLake made = new GeneratedLake(raw(), dir.resolve("lake"), dir.resolve("exports"));
            CliRun pipeline = CliRun.of(made.pipelineArgs());
            assertEquals(ExitCodes.OK, pipeline.exitCode(), pipeline.err());
            instance = made;
        }
        return instance;
    }

    /** The command line of the pipeline run that made the lake (a test may run it again). */
    public String[] pipelineArgs() {
        return new String[] {"pipeline", "--raw", rawDir.toString(), "--lake", lake.toString(), "--demo",
            "--exports", exports.toString(), "--lock-wait", "60"};
    }

    /** Copies the lake, file by file, to {@code target} (which must not exist), for a test that changes it. */
    public Path copyOfLake(Path target) {
        return TestFolders.copy(lake, target);
    }
}
