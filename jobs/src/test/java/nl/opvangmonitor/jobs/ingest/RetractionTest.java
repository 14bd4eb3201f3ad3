package nl.opvangmonitor.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo through the real command line: a wrongly accepted delivery is retracted (recorded with who and why), is not
 * taken again while it stays landed, and its corrected re-delivery with the same date gives the lake a clean run on
 * the corrected data gives (silver and gold); a wrong as_of slice is dropped; both are idempotent; a future as_of is refused.
 */
class RetractionTest {
    private static final String JAN = "2024-01-31";
    private static final String[] WRONG_BEWONING = {
            "vnummer;bsn;geboortedatum;amv;gezinsnummer;datum_aanvraag;locatiecode;datum_instroom;datum_uitstroom",
            "1000000001;111222333;05-06-2015;N;G-77;01-10-2023;L0001;02-10-2023;",
            "1000000003;;01-01-2012;J;;01-11-2023;L0002;01-11-2023;"};

    @TempDir
    Path dir;

    /** ingest, conform and metrics on the as_of of January, as a scheduler runs them; each must succeed. */
    private void chain(String raw, String lake) throws IOException {
        String at = dir.resolve(lake).toString();
        for (CliRun run : List.of(
                CliRun.of("ingest", "--raw", dir.resolve(raw).toString(), "--lake", at, "--key-file", key()),
                CliRun.of("conform", "--lake", at),
                CliRun.of("metrics", "--lake", at, "--as-of", JAN))) {
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        }
    }

    private String key() throws IOException {
        return Files.writeString(dir.resolve("key"), "retraction-test-key-0123456789").toString();
    }

    private CliRun retract(String lake) {
        return CliRun.of("ingest", "--lake", dir.resolve(lake).toString(), "--retract", "coa_bewoning/" + JAN,
                "--reason", "wrong extract: a child of another month");
    }

    private Lake lake(String name) {
        return new Lake(SharedSpark.spark(), dir.resolve(name).toString(), "test");
    }

    /** Every silver and gold table's rows (run ids left out), sorted, by table name. */
    private Map<String, List<String>> derived(String name) {
        Map<String, List<String>> content = new TreeMap<>();
        for (TableDef table : Tables.all()) {
            if (List.of(Layer.SILVER, Layer.GOLD).contains(table.layer()) && lake(name).exists(table)) {
                content.put(table.qualifiedName(), lake(name).read(table).drop(BronzeTables.RUN_ID).collectAsList()
                        .stream().map(Row::toString).sorted().toList());
            }
        }
        return content;
    }

    @Test
    void aRetractedDeliveryCorrectedWithTheSameDateGivesTheCleanRunsLake() throws IOException {
        CleanMonth.write(new RawLanding(dir.resolve("clean-raw")), JAN, "coa_locaties", "coa_bewoning");
        chain("clean-raw", "clean");
        RawLanding raw = CleanMonth.write(new RawLanding(dir.resolve("raw")), JAN, "coa_locaties");
        raw.lines("coa_bewoning", JAN, "coa_bewoning.csv", WRONG_BEWONING);
        chain("raw", "lake");
        assertFalse(derived("clean").equals(derived("lake")), "the wrong delivery shows in silver and gold");

        CliRun retraction = retract("lake");
        assertEquals(ExitCodes.OK, retraction.exitCode(), retraction.err());
        assertEquals("ingest: retracted coa_bewoning/2024-01-31 (2 rows: 2 accepted, 0 quarantined); the next conform "
                + "rebuilds silver in full", retraction.out().strip());
        Row recorded = lake("lake").read(OpsTables.RETRACTIONS).head();
        assertEquals("wrong extract: a child of another month", recorded.getAs("reason"));
        assertEquals(System.getProperty("user.name"), recorded.getAs("retracted_by"));
        assertEquals(0, lake("lake").read(BronzeTables.of(RawSource.COA_BEWONING)).count());
        CliRun again = retract("lake");
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertEquals("ingest: coa_bewoning/2024-01-31 was retracted already; nothing left to remove", again.out().strip());

        CliRun stillLanded = CliRun.of("ingest", "--raw", dir.resolve("raw").toString(), "--lake",
                dir.resolve("lake").toString(), "--key-file", key());
        assertEquals(ExitCodes.OK, stillLanded.exitCode(), stillLanded.err());
        assertTrue(stillLanded.err().contains("WARNING: coa_bewoning/2024-01-31 was retracted with this content: not taken "
                + "again until a corrected delivery lands"), stillLanded.err());

        CleanMonth.write(raw, JAN, "coa_bewoning");
        chain("raw", "lake");
        assertEquals(derived("clean"), derived("lake"), "the corrected lake is the clean run's");
        assertEquals(1, lake("lake").read(OpsTables.RETRACTIONS).count(), "the retraction stays on record");

        CliRun future = metrics("--as-of", "2030-01-01");
        assertEquals(ExitCodes.USAGE, future.exitCode(), future.err());
        assertTrue(future.err().startsWith("opvangmonitor: error: as_of 2030-01-01 lies after the month of the newest "
                + "delivery (2024-01-31)"), future.err());
        CliRun drop = metrics("--drop-as-of", JAN);
        assertEquals(ExitCodes.OK, drop.exitCode(), drop.err());
        assertTrue(drop.out().startsWith("metrics: as_of 2024-01-31 dropped from gold."), drop.out());
        assertTrue(drop.out().contains("gold.headline"), drop.out());
        assertEquals(0, lake("lake").read(GoldTables.HEADLINE).count());
        assertEquals("metrics: no table holds as_of 2024-01-31: nothing dropped", metrics("--drop-as-of", JAN).out().strip());
        assertFalse(Files.exists(dir.resolve("lake").resolve("_lock")), "every writer released the lock");
    }

    private CliRun metrics(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("metrics", "--lake", dir.resolve("lake").toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }
}
