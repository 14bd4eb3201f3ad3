package nl.opvangmonitor.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest's quality gate through the real command line: a source quarantined whole, a file cut off, a manifest's
 * control totals and a missing source each stop the run with exit 3 after ingesting, the finding kept in
 * ops.delivery_findings; the pipeline stops before conform.
 */
class QualityGateTest {
    private static final String JAN = "2024-01-31";
    private static final String FEB = "2024-02-29";

    @TempDir
    Path dir;

    private RawLanding raw() {
        return new RawLanding(dir.resolve("raw"));
    }

    private CliRun run(String job, String lake, String... extra) throws IOException {
        Files.writeString(dir.resolve("key"), "quality-gate-test-key-0123456789");
        List<String> args = new ArrayList<>(List.of(job, "--raw", dir.resolve("raw").toString(),
                "--lake", dir.resolve(lake).toString(), "--key-file", dir.resolve("key").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String firstError(CliRun run) {
        return run.err().lines().filter(l -> l.startsWith("opvangmonitor: error:")).findFirst().orElse("(none)\n" + run.err());
    }

    /** The lake's findings of one check, as {@code source date check detail}, sorted. */
    private List<String> findings(String lake, String check) {
        return new Lake(SharedSpark.spark(), dir.resolve(lake).toString(), "test").read(OpsTables.DELIVERY_FINDINGS)
                .filter(org.apache.spark.sql.functions.col("check").equalTo(check))
                .selectExpr("concat_ws(' ', source, cast(delivery_date as string), check, detail)")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
    }

    /** The kso leads of January alone, with a renamed header column: both rows quarantined as MISSING_COLUMN. */
    private void landLeadsWithARenamedHeader() {
        raw().lines("coa_kso_leads", JAN, "leads.csv",
                "lead_id;gemeente;provincie;capaciteit;status;datum_status;afwijsreden",
                "K001;GM0344;Utrecht;60;LEAD;10-01-2024;", "K002;GM0344;Utrecht;40;LEAD;10-01-2024;");
    }

    @Test
    void aSourceQuarantinedWholeIsIngestedKeptAsAFindingAndExits3() throws IOException {
        landLeadsWithARenamedHeader();
        CliRun run = run("ingest", "lake");
        assertEquals(ExitCodes.DATA_QUALITY, run.exitCode(), run.err());
        assertEquals("opvangmonitor: error: quality gate: coa_kso_leads/2024-01-31 QUARANTINE_SHARE: 2 of 2 rows "
                + "quarantined (100.0%, limit 5.0%); see ops.delivery_findings, retract with ingest --retract", firstError(run));
        assertEquals(List.of("coa_kso_leads 2024-01-31 QUARANTINE_SHARE 2 of 2 rows quarantined (100.0%, limit 5.0%)"),
                findings("lake", "QUARANTINE_SHARE"));
        assertTrue(run.out().contains("coa_kso_leads"), "the accounting is printed before the gate stops: " + run.out());
        assertEquals(1, new Lake(SharedSpark.spark(), dir.resolve("lake").toString(), "t").read(OpsTables.DELIVERIES).count(),
                "ingested all the same");

        CliRun warnOnly = run("ingest", "warned", "--quality-gate", "warn");
        assertEquals(ExitCodes.OK, warnOnly.exitCode(), warnOnly.err());
        assertTrue(warnOnly.err().contains("WARNING: quality gate: coa_kso_leads/2024-01-31 QUARANTINE_SHARE"), warnOnly.err());
        CliRun outOfRange = run("ingest", "bad", "--max-quarantine-share", "5");
        assertEquals(ExitCodes.USAGE, outOfRange.exitCode(), outOfRange.err());
        assertEquals("opvangmonitor: usage error: --max-quarantine-share must lie between 0 and 1, not 5.0 (see "
                + "opvangmonitor ingest --help)", outOfRange.err().strip());
    }

    @Test
    void thePipelineStopsWithExit3BeforeConform() throws IOException {
        landLeadsWithARenamedHeader();
        CliRun run = run("pipeline", "lake");
        assertEquals(ExitCodes.DATA_QUALITY, run.exitCode(), run.err());
        assertTrue(firstError(run).startsWith("opvangmonitor: error: quality gate: coa_kso_leads/2024-01-31 QUARANTINE_SHARE"),
                run.err());
        assertFalse(run.err().contains("2/5 conform"), run.err());
        assertFalse(Files.exists(dir.resolve("lake").resolve("silver")), "conform did not run");
    }

    @Test
    void aFileCutOffMidLineIsAFindingAndExits3() throws IOException {
        String clean = String.join("\n", CleanMonth.FILES.get("coa_bewoning")) + "\n";
        raw().text("coa_bewoning", JAN, "bewoning.csv", clean.substring(0, (int) (clean.length() * 0.6)));
        CliRun run = run("ingest", "lake");
        assertEquals(ExitCodes.DATA_QUALITY, run.exitCode(), run.err());
        assertEquals("opvangmonitor: error: quality gate: coa_bewoning/2024-01-31 TRUNCATED_FILE: bewoning.csv does not "
                + "end in a line end: cut off?; see ops.delivery_findings, retract with ingest --retract", firstError(run));
    }

    @Test
    void aManifestIsCheckedWhenADeliveryHasOne() throws IOException {
        CleanMonth.write(raw(), JAN, "coa_kso_leads", "jeugdhulp_trajecten");
        Path leads = dir.resolve("raw/coa_kso_leads/" + JAN + "/coa_kso_leads.csv");
        raw().lines("coa_kso_leads", JAN, ControlTotals.FILE, ControlTotals.HEADER,
                "coa_kso_leads.csv;1;" + DeliveryChecksums.fileHash(new org.apache.hadoop.conf.Configuration(), leads.toString()));
        raw().lines("jeugdhulp_trajecten", JAN, ControlTotals.FILE, ControlTotals.HEADER, "jeugdhulp_trajecten.csv;5;");
        CliRun run = run("ingest", "lake");
        assertEquals(ExitCodes.DATA_QUALITY, run.exitCode(), run.err());
        assertEquals("opvangmonitor: error: quality gate: jeugdhulp_trajecten/2024-01-31 CONTROL_TOTAL: "
                + "jeugdhulp_trajecten.csv: 1 records read, _manifest.csv says 5 (records lost); see ops.delivery_findings, "
                + "retract with ingest --retract", firstError(run));
        assertEquals(1, findings("lake", "CONTROL_TOTAL").size(), "the leads' manifest matches: no finding");
    }

    @Test
    void aSourceWithoutADeliveryInAMonthIsAFindingAndExits3UnderRequireAllSources() throws IOException {
        CleanMonth.write(raw(), JAN, "coa_kso_leads", "jeugdhulp_trajecten");
        CleanMonth.write(raw(), FEB, "coa_kso_leads");
        CliRun run = run("ingest", "lake");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String missing = "jeugdhulp_trajecten 2024-02-29 MISSING_DELIVERY no delivery in 2024-02, while 1 of the 7 sources delivered";
        assertTrue(findings("lake", "MISSING_DELIVERY").contains(missing), findings("lake", "MISSING_DELIVERY").toString());
        assertTrue(run.err().contains("WARNING: quality gate: jeugdhulp_trajecten/2024-02-29 MISSING_DELIVERY"), run.err());

        CliRun required = run("ingest", "strict", "--require-all-sources");
        assertEquals(ExitCodes.DATA_QUALITY, required.exitCode(), required.err());
        assertTrue(firstError(required).startsWith("opvangmonitor: error: quality gate: coa_locaties/2024-01-31 "
                + "MISSING_DELIVERY: no delivery in 2024-01, while 2 of the 7 sources delivered"), required.err());
    }
}
