package nl.opvangmonitor.jobs.sql;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sql command on a lake with a gold table and a quarantine table: output forms, privacy, read-only. */
class SqlCommandTest {
    private static final String QUERY = "SELECT gemeentecode, school_age_present, arrivals FROM gold.municipality_monthly "
            + "WHERE gemeentecode <> 'ALL' ORDER BY gemeentecode";

    @TempDir
    static Path lakeDir;

    private static Lake lake;

    @BeforeAll
    static void lakeWithTables() {
        lake = new Lake(SharedSpark.spark(), lakeDir.toString(), "test-run");
        lake.overwrite(GoldTables.MUNICIPALITY_MONTHLY, Frames.frame(GoldTables.MUNICIPALITY_MONTHLY.schema(),
                row(d("2026-01-31"), "GM0014", 120L, 7L, 3L),
                row(d("2026-01-31"), "GM0363", 5L, null, 0L),
                row(d("2026-01-31"), "ALL", 125L, 7L, 3L)));
        var quarantine = QuarantineTables.of(RawSource.values()[0]);
        lake.overwrite(quarantine, Frames.frame(quarantine.schema(),
                row("coa", d("2026-01-31"), "f.csv", 3L, "raw;line", java.util.List.of("BAD_DATE"), "run")));
    }

    @Test
    void aQueryPrintsAnAlignedTable() {
        assertEquals("""
                gemeentecode | school_age_present | arrivals
                -------------+--------------------+---------
                GM0014       |                120 |        7
                GM0363       |                  5 |     NULL
                (2 rows)
                """, run(0, "--format", "table", QUERY));
    }

    @Test
    void aQueryPrintsCsvForScripts() {
        assertEquals("""
                gemeentecode,school_age_present,arrivals
                GM0014,120,7
                GM0363,5,
                """, run(0, "--format", "csv", QUERY));
    }

    @Test
    void aQueryPrintsJsonLinesWithNulls() {
        assertEquals("""
                {"gemeentecode":"GM0014","school_age_present":120,"arrivals":7}
                {"gemeentecode":"GM0363","school_age_present":5,"arrivals":null}
                """, run(0, "--format", "json", QUERY));
    }

    @Test
    void theQuarantineIsOnlyThereWhenAskedFor() {
        String table = QuarantineTables.of(RawSource.values()[0]).qualifiedName();
        assertEquals("1\n", run(0, "--include-quarantine", "--format", "csv", "SELECT count(*) AS n FROM " + table)
                .lines().skip(1).findFirst().orElseThrow() + "\n");
        run(ExitCodes.FAILURE, "SELECT count(*) FROM " + table);
    }

    @Test
    void statementsThatWriteAreRefusedAndChangeNothing() {
        run(ExitCodes.FAILURE, "DELETE FROM gold.municipality_monthly");
        run(ExitCodes.FAILURE, "INSERT INTO gold.municipality_monthly SELECT * FROM gold.municipality_monthly");
        run(ExitCodes.FAILURE, "DROP TABLE gold.municipality_monthly");
        assertEquals(3, lake.read(GoldTables.MUNICIPALITY_MONTHLY).count());
    }

    @Test
    void withoutAQueryStatementsAreReadFromStdinUntilQuit() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("SELECT max(school_age_present) AS m\n  FROM gold.municipality_monthly;\nSELECT nonsense;\nquit\nSELECT 1;\n"
                .getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals("m\n125\n", run(0, "--format", "csv"));
        } finally {
            System.setIn(stdin);
        }
    }

    /** Runs the sql command, checks its exit code and returns what it printed on stdout. */
    private static String run(int exitCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "sql";
        all[1] = "--lake";
        all[2] = lakeDir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        assertEquals(exitCode, cli.execute(all), err.toString());
        assertTrue(exitCode == 0 || !err.toString().isBlank(), "a failure says why");
        return out.toString();
    }
}
