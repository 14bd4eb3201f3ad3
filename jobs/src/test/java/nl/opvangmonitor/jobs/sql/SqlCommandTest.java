package nl.opvangmonitor.jobs.sql;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The sql command on a lake with a gold table, its publish table (one hidden cell, one cell without a
 * value) and a quarantine table: publish only by default, the marker in every format, helpful errors,
 * the notice on aggregates over hidden cells, privacy, read-only. Run on the default engine (DuckDB over the
 * Delta snapshots); {@link SparkSqlCommandTest} runs the same on Spark.
 */
class SqlCommandTest {
    private static final TableDef PUBLISHED = PublishTables.of(GoldTables.MUNICIPALITY_MONTHLY);
    private static final String QUERY = "SELECT gemeentecode, school_age_present, arrivals, hidden_columns "
            + "FROM publish.municipality_monthly WHERE gemeentecode <> 'ALL' ORDER BY gemeentecode";

    @TempDir
    static Path lakeDir;

    private static Lake lake;

    /** The engine every statement of the class runs on. */
    static String engine = "duckdb";

    @BeforeAll
    static void lakeWithTables() {
        lake = new Lake(SharedSpark.spark(), lakeDir.toString(), "test-run");
        lake.overwrite(GoldTables.MUNICIPALITY_MONTHLY, Frames.frame(GoldTables.MUNICIPALITY_MONTHLY.schema(),
                row(d("2026-01-31"), "GM0014", 120L, 7L, 3L, false),
                row(d("2026-01-31"), "GM0363", 5L, null, 0L, false),
                row(d("2026-01-31"), "ALL", 125L, 7L, 3L, false)));
        lake.overwrite(PUBLISHED, Frames.frame(PUBLISHED.schema(),
                row(d("2026-01-31"), "GM0014", 120L, 7L, 3L, false, false, List.of()),
                row(d("2026-01-31"), "GM0363", null, null, 0L, false, true, List.of("school_age_present")),
                row(d("2026-01-31"), "ALL", null, 7L, 3L, false, true, List.of("school_age_present"))));
        lake.overwrite(SilverFactTables.SCHOOL_ACCESS_FACTS, SharedSpark.spark().createDataFrame(List.of(),
                SilverFactTables.SCHOOL_ACCESS_FACTS.schema()));
        var quarantine = QuarantineTables.of(RawSource.values()[0]);
        lake.overwrite(quarantine, Frames.frame(quarantine.schema(),
                row("coa", d("2026-01-31"), "f.csv", 3L, "raw;line", java.util.List.of("BAD_DATE"), "run")));
    }

    @Test
    void aQueryPrintsAnAlignedTableWithTheMarker() {
        assertEquals("""
                gemeentecode | school_age_present | arrivals | hidden_columns
                -------------+--------------------+----------+-------------------
                GM0014       |                120 |        7 |
                GM0363       |                  x |     NULL | school_age_present
                (2 rows)
                """, run(0, "--format", "table", QUERY));
    }

    /** DESCRIBE shows each column's declared description, as the Delta column comment carries it. */
    @Test
    void describeShowsTheColumnComments() {
        String described = run(0, "--format", "csv", "DESCRIBE publish.municipality_monthly");
        assertTrue(described.startsWith("col_name,data_type,comment\n"), described);
        assertTrue(described.lines().anyMatch(l -> l.startsWith("school_age_present,") && l.contains("5-17")),
                described);
    }

    /** The per-child facts are silver tables like the conformed ones: an engineer widening to silver reads them. */
    @Test
    void theSilverFactsAreServedWithTheSilverLayer() {
        String query = "SELECT count(*) AS children FROM silver.school_access_facts";
        assertEquals("children\n0\n", run(0, "--layers", "silver", "--format", "csv", query));
    }

    @Test
    void aQueryPrintsCsvForScriptsWithTheMarker() {
        assertEquals("""
                gemeentecode,school_age_present,arrivals,hidden_columns
                GM0014,120,7,
                GM0363,x,,school_age_present
                """, run(0, "--format", "csv", QUERY));
    }

    @Test
    void aQueryPrintsJsonLinesWithTheMarkerAndNulls() {
        assertEquals("""
                {"gemeentecode":"GM0014","school_age_present":120,"arrivals":7,"hidden_columns":[]}
                {"gemeentecode":"GM0363","school_age_present":"x","arrivals":null,"hidden_columns":["school_age_present"]}
                """, run(0, "--format", "json", QUERY));
    }

    @Test
    void goldIsRefusedUnlessWidenedOnPurpose() {
        String gold = "SELECT school_age_present FROM gold.municipality_monthly WHERE gemeentecode = 'GM0363'";
        assertTrue(runErr(ExitCodes.FAILURE, gold).contains(
                "gold.municipality_monthly is not registered: sql serves the publish layer"));
        assertTrue(runErr(ExitCodes.FAILURE, gold).contains("--layers gold,publish"));
        assertEquals("school_age_present\n5\n", run(0, "--layers", "gold,publish", "--format", "csv", gold));
    }

    @Test
    void aMisspeltTableGetsTheNearestName() {
        assertTrue(runErr(ExitCodes.FAILURE, "SELECT * FROM publish.municipality_montly")
                .contains("no table publish.municipality_montly; did you mean publish.municipality_monthly?"));
    }

    @Test
    void anAggregateOverHiddenCellsGetsANotice() {
        String sum = "SELECT sum(school_age_present) AS s FROM publish.municipality_monthly WHERE gemeentecode <> 'ALL'";
        assertEquals("s\n120\n", run(0, "--format", "csv", sum));
        assertTrue(runErr(0, "--format", "csv", sum).contains("notice: publish.municipality_monthly has hidden cells"));
        assertFalse(runErr(0, "--format", "csv", QUERY).contains("notice"), "no aggregate, no notice");
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
        run(ExitCodes.FAILURE, "--layers", "gold", "DELETE FROM gold.municipality_monthly");
        run(ExitCodes.FAILURE, "INSERT INTO publish.municipality_monthly SELECT * FROM publish.municipality_monthly");
        run(ExitCodes.FAILURE, "DROP TABLE publish.municipality_monthly");
        assertEquals(3, lake.read(GoldTables.MUNICIPALITY_MONTHLY).count());
        assertEquals(3, lake.read(PUBLISHED).count());
    }

    @Test
    void withoutAQueryStatementsAreReadFromStdinUntilQuit() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("SELECT max(arrivals) AS m\n  FROM publish.municipality_monthly;\nSELECT nonsense;\nquit\nSELECT 1;\n"
                .getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals("m\n7\n", run(0, "--format", "csv"));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void statementsThatReadFilesOrExplainByRunningAreRefused() {
        assertTrue(runErr(ExitCodes.FAILURE, "COPY (SELECT 1) TO '" + lakeDir.resolve("out.csv") + "'")
                .contains("the sql command only reads"));
        runErr(ExitCodes.FAILURE, "SELECT * FROM read_csv('/etc/hostname')");
        assertFalse(lakeDir.resolve("out.csv").toFile().exists(), "nothing written");
    }

    /** Runs the sql command, checks its exit code and returns what it printed on stderr. */
    static String runErr(int exitCode, String... args) {
        StringWriter err = new StringWriter();
        run(exitCode, err, args);
        return err.toString();
    }

    static String run(int exitCode, String... args) {
        return run(exitCode, new StringWriter(), args);
    }

    /** Runs the sql command, checks its exit code and returns what it printed on stdout. */
    private static String run(int exitCode, StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 5];
        all[0] = "sql";
        all[1] = "--lake";
        all[2] = lakeDir.toString();
        all[3] = "--engine";
        all[4] = engine;
        System.arraycopy(args, 0, all, 5, args.length);
        assertEquals(exitCode, cli.execute(all), err.toString());
        assertTrue(exitCode == 0 || !err.toString().isBlank(), "a failure says why");
        return out.toString();
    }
}
