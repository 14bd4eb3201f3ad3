package nl.opvangmonitor.jobs.ingest;

import nl.opvangmonitor.jobs.testing.CliRun;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-sent, changed and half-ingested deliveries, and pseudonyms across runs and keys, on a one-source landing zone. */
class IngestRerunTest {
    private static final String SOURCE = "jeugdhulp_trajecten";
    private static final String HEADER = "bsn;gemeentecode;aanbieder;soort;datum_start;datum_einde;reden_beeindiging";
    private static final String CARE = "111222333;GM1970;AANB01;AMBULANT;01-11-2023;;";

    @TempDir
    Path dir;
    private RawLanding raw;

    @BeforeEach
    void landOneDelivery() throws IOException {
        raw = new RawLanding(dir.resolve("raw")).lines(SOURCE, "2024-01-31", "t.csv", HEADER, CARE, "bad;row");
        Files.writeString(dir.resolve("key"), "rerun-test-key-0123456789abcdef");
    }

    /** Ingests into the named lake with the test key file, or with the given key options instead. */
    private CliRun ingest(String lakeName, String... keyOptions) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--raw", raw.root().toString(),
                "--lake", dir.resolve(lakeName).toString()));
        args.addAll(keyOptions.length > 0 ? List.of(keyOptions) : List.of("--key-file", dir.resolve("key").toString()));
        return CliRun.of(args.toArray(String[]::new));
    }

    private Lake lake(String name) {
        return new Lake(SharedSpark.spark(), dir.resolve(name).toString(), "test");
    }

    private List<Row> bronze(String lakeName) {
        return lake(lakeName).read(BronzeTables.of(RawSource.JEUGDHULP_TRAJECTEN)).orderBy("delivery_date").collectAsList();
    }

    @Test
    void aResentDeliveryWithTheSameContentIsSkipped() {
        assertEquals(ExitCodes.OK, ingest("lake").exitCode());
        long version = lake("lake").version(BronzeTables.of(RawSource.JEUGDHULP_TRAJECTEN));
        raw.lines(SOURCE, "2024-01-31", "t.csv", HEADER, CARE, "bad;row"); // written again, same bytes
        CliRun again = ingest("lake");
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertEquals(version, lake("lake").version(BronzeTables.of(RawSource.JEUGDHULP_TRAJECTEN)));
        assertTrue(again.out().lines().anyMatch(l -> l.matches("jeugdhulp_trajecten\\s+0\\s+1\\s+0\\s+0\\s+0")), again.out());
    }

    @Test
    void untilLeavesLaterDeliveriesForTheRunOfTheirOwnDate() {
        raw.lines(SOURCE, "2024-02-29", "t.csv", HEADER, "111222333;GM1970;AANB01;AMBULANT;01-11-2023;01-02-2024;");
        CliRun first = ingest("lake", "--until", "2024-02-28", "--key-file", dir.resolve("key").toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.err().contains("1 deliveries dated after 2024-02-28 left for a later run"), first.err());
        assertEquals(List.of("2024-01-31"), bronze("lake").stream().map(r -> r.getAs("delivery_date").toString())
                .toList());
        assertEquals(ExitCodes.OK, ingest("lake", "--until", "2024-02-29", "--key-file",
                dir.resolve("key").toString()).exitCode());
        assertEquals(List.of("2024-01-31", "2024-02-29"), bronze("lake").stream()
                .map(r -> r.getAs("delivery_date").toString()).toList());
        assertEquals(2, lake("lake").read(OpsTables.DELIVERIES).count());
    }

    @Test
    void aDeliveryThatComesBackChangedIsAnErrorNamingIt() {
        assertEquals(ExitCodes.OK, ingest("lake").exitCode());
        raw.lines(SOURCE, "2024-01-31", "t.csv", HEADER, CARE);
        CliRun changed = ingest("lake");
        assertEquals(ExitCodes.DATA_QUALITY, changed.exitCode());
        assertEquals(1, changed.errorLines(), changed.err());
        assertTrue(changed.err().contains("delivery jeugdhulp_trajecten/2024-01-31 was ingested before with different content"),
                changed.err());
    }

    @Test
    void aRunThatCrashedBeforeRecordingItsDeliveriesIsRedoneWithoutDuplicates() {
        assertEquals(ExitCodes.OK, ingest("lake").exitCode());
        lake("lake").delta(OpsTables.DELIVERIES).delete(); // as if the run died between the bronze and the ops commit
        assertEquals(ExitCodes.OK, ingest("lake").exitCode());
        assertEquals(1, bronze("lake").size(), "rewritten, not appended");
        assertEquals(1, lake("lake").read(OpsTables.DELIVERIES).count());
        assertEquals(1, lake("lake").read(nl.opvangmonitor.common.tables.QuarantineTables.of(RawSource.JEUGDHULP_TRAJECTEN)).count());
    }

    @Test
    void pseudonymsAreStableAcrossRunsAndDifferUnderAnotherKey() {
        assertEquals(ExitCodes.OK, ingest("lake").exitCode());
        raw.lines(SOURCE, "2024-02-29", "t.csv", HEADER, "111222333;GM1970;AANB02;VERBLIJF;01-02-2024;;");
        assertEquals(ExitCodes.OK, ingest("lake").exitCode());
        List<Row> rows = bronze("lake");
        assertEquals(2, rows.size());
        assertNotEquals(rows.get(0).<String>getAs("run_id"), rows.get(1).<String>getAs("run_id"), "two runs");
        assertEquals(rows.get(0).<String>getAs("bsn_id"), rows.get(1).<String>getAs("bsn_id"), "same person, same pseudonym");

        CliRun demo = ingest("demo-lake", "--demo");
        assertEquals(ExitCodes.OK, demo.exitCode(), demo.err());
        assertTrue(demo.err().contains("DEMO KEY IN USE"), demo.err());
        String demoPseudonym = lake("demo-lake").read(BronzeTables.of(RawSource.JEUGDHULP_TRAJECTEN))
                .where(col("delivery_date").equalTo(java.sql.Date.valueOf("2024-01-31"))).head().getAs("bsn_id");
        assertNotEquals(rows.get(0).<String>getAs("bsn_id"), demoPseudonym, "another key, another pseudonym");
    }
}
