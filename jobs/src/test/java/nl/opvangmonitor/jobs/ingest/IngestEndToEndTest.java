package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.FieldKind;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.common.privacy.Pseudonymiser;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.PrivacyScan;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ingest} command on the hand-written landing zone of {@link ContractFixture},
 * run once into a temporary lake (and once more to check it is a no-op), then checked from every
 * side the contract and privacy.md name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestEndToEndTest {
    private static final String SECRET = "end-to-end-test-key-7f3a9c1e55b2";

    private Path dir;
    private Lake lake;
    private CliRun first;
    private final Pseudonymiser pseudonymiser = new Pseudonymiser(PseudonymKey.of(SECRET));

    @BeforeAll
    void ingestTheFixture(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        ContractFixture.write(new RawLanding(dir.resolve("raw")));
        Files.writeString(dir.resolve("key"), SECRET + "\n");
        first = ingest();
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        lake = new Lake(SharedSpark.spark(), dir.resolve("lake").toString(), "test");
    }

    private CliRun ingest() {
        return CliRun.of("ingest", "--raw", dir.resolve("raw").toString(), "--lake", dir.resolve("lake").toString(),
                "--key-file", dir.resolve("key").toString(), "--quality-gate", "warn"); // the fixture is hostile on purpose
    }

    private Row bronzeRow(RawSource source, String column, Object value) {
        return bronzeRow(source, col(column).equalTo(value), column + " = " + value);
    }

    /** The stay on a line of the first coa_bewoning delivery. */
    private Row firstStay(long line) {
        return bronzeRow(RawSource.COA_BEWONING, col("line_number").equalTo(line)
                .and(col("delivery_date").equalTo(Date.valueOf(ContractFixture.D1))), "line " + line);
    }

    private Row bronzeRow(RawSource source, org.apache.spark.sql.Column condition, String what) {
        List<Row> rows = lake.read(BronzeTables.of(source)).where(condition).collectAsList();
        assertEquals(1, rows.size(), source + " rows with " + what);
        return rows.get(0);
    }

    @Test
    void parsesBomCrlfQuotingDiacriticsAndReasonCodesAsTheContractSays() {
        Row burgum = bronzeRow(RawSource.COA_LOCATIES, "location_code", "L0001");
        assertEquals("AZC Burgum; \"De Stripe\"\r\nhoofdgebouw", burgum.getAs("name"), "quoted ; \"\" and CRLF inside quotes");
        assertEquals("Fryslân", burgum.getAs("provincie"));
        assertEquals("Noardeast-Fryslân", burgum.getAs("gemeentenaam"));
        assertEquals(400, (int) burgum.getAs("capacity"));
        assertEquals(Date.valueOf("2016-03-01"), burgum.getAs("open_date"));
        assertNull(burgum.getAs("close_date"));
        assertEquals(2L, (long) burgum.getAs("line_number"), "the header is line 1 even after a BOM");
        assertEquals("locaties.csv", burgum.getAs("source_file"));

        Row terApel = bronzeRow(RawSource.COA_LOCATIES, "location_code", "L0002");
        assertEquals(Date.valueOf("2026-12-31"), terApel.getAs("close_date"), "a planned closing may lie after the delivery");
        assertEquals(4L, (long) terApel.getAs("line_number"), "the record after a two-line record starts on line 4");
        assertEquals("Fryslân", bronzeRow(RawSource.COA_LOCATIES, "location_code", "L0009").getAs("provincie"),
                "a decomposed â is the same province");

        Row care = bronzeRow(RawSource.JEUGDHULP_TRAJECTEN, "soort", "AMBULANT");
        assertEquals("VOORTIJDIG_EXTERN", care.getAs("end_reason"), "code 05 stored as its word");
        assertEquals(Date.valueOf("2024-01-15"), care.getAs("end_date"));

        Row inventory = bronzeRow(RawSource.COA_INVENTARISATIE, "inventory_date", Date.valueOf("2024-01-15"));
        assertEquals(List.of(true, true, false, true, true, false, true, true, false, true),
                List.of(inventory.getAs("school"), inventory.getAs("gp"), inventory.getAs("activities"),
                        inventory.getAs("safeguarding_officer"), inventory.getAs("child_contact"), inventory.getAs("privacy"),
                        inventory.getAs("cooking"), inventory.getAs("play_space"), inventory.getAs("information"),
                        inventory.getAs("participation")));

        Row quotedMove = bronzeRow(RawSource.COA_VERHUISBEWEGINGEN, "reason", "CAPACITEIT");
        assertEquals(Date.valueOf("2024-02-01"), quotedMove.getAs("move_date"), "fully quoted record");
        assertEquals("L0001", quotedMove.getAs("from_location"));

        Row stay = firstStay(3);
        assertEquals(Date.valueOf("2010-12-12"), stay.getAs("birth_date"), "birth date stays in bronze");
        assertEquals(true, stay.getAs("amv"));
        assertNull(stay.getAs("bsn_id"), "no bsn yet");
        assertNull(stay.getAs("family_id"));

        Row kso = bronzeRow(RawSource.COA_KSO_LEADS, "lead_id", "K005");
        assertEquals("HUURSOM_TE_HOOG", kso.getAs("rejection_reason"));
        assertEquals(40, (int) kso.getAs("capacity"));

        assertEquals(Set.of("coa_locaties/2024-01-31/locaties.csv: ignored unknown column(s) opmerking",
                "coa_kso_leads/2024-02-29/leads.csv: header lacks afwijsreden: every record quarantined as MISSING_COLUMN",
                "coa_kso_leads/2024-02-29/latin1.csv: not valid UTF-8, every line quarantined as UNREADABLE_FILE",
                "coa_inventarisatie/2024-01-31/leeg.csv: empty file (no header, no records)"),
                warningsAbout(".csv:"), "file-level problems reported on stderr by name");
    }

    private Set<String> warningsAbout(String marker) {
        Set<String> warnings = new HashSet<>();
        first.err().lines().filter(l -> l.startsWith("WARNING: ") && l.contains(marker))
                .forEach(l -> warnings.add(l.substring("WARNING: ".length())));
        return warnings;
    }

    @Test
    void quarantinesEveryBadRowWithAllItsReasonsAndNothingElse() {
        Map<String, Set<String>> quarantined = new HashMap<>();
        for (Row r : allQuarantine().collectAsList()) {
            quarantined.put(r.getAs("source") + "/" + r.getAs("delivery_date") + "/" + r.getAs("source_file") + ":"
                    + r.getAs("line_number"), new HashSet<>(r.getList(r.fieldIndex("reasons"))));
        }
        assertEquals(ContractFixture.QUARANTINED, quarantined);

        Row malformed = lake.read(QuarantineTables.of(RawSource.COA_LOCATIES)).where(col("line_number").equalTo(10)).head();
        assertEquals("Te kort;L0008;Utrecht", malformed.getAs("raw_line"), "the raw line as delivered, without its line end");
        assertTrue(first.out().contains("quarantined coa_bewoning UNKNOWN_LOCATION: 2"), first.out());
    }

    private Dataset<Row> allQuarantine() {
        return Stream.of(RawSource.values()).map(s -> lake.read(QuarantineTables.of(s))).reduce(Dataset::unionByName).orElseThrow();
    }

    @Test
    void rowsReadEqualAcceptedPlusQuarantinedForEveryDelivery() {
        Map<String, List<Long>> accounts = new HashMap<>();
        for (Row r : lake.read(OpsTables.DELIVERIES).collectAsList()) {
            long read = r.getAs("rows_read");
            long accepted = r.getAs("rows_accepted");
            long quarantined = r.getAs("rows_quarantined");
            assertEquals(read, accepted + quarantined, r.toString());
            accounts.put(r.getAs("source") + "/" + r.getAs("delivery_date"), List.of(read, accepted, quarantined));
        }
        assertEquals(ContractFixture.ACCOUNTS, accounts);

        Dataset<Row> bronzeDeliveries = Stream.of(RawSource.values())
                .map(s -> lake.read(BronzeTables.of(s)).select(org.apache.spark.sql.functions.lit(s.folder()).as("source"), col("delivery_date")))
                .reduce(Dataset::unionByName).orElseThrow();
        for (Row r : bronzeDeliveries.groupBy("source", "delivery_date").count().collectAsList()) {
            assertEquals(ContractFixture.ACCOUNTS.get(r.getString(0) + "/" + r.getDate(1)).get(1), r.getLong(2),
                    "bronze rows of " + r.getString(0) + "/" + r.getDate(1));
        }
        Row kso = lake.read(OpsTables.DELIVERIES).where(col("source").equalTo("coa_kso_leads")
                .and(col("delivery_date").equalTo(Date.valueOf("2024-02-29")))).head();
        assertEquals(List.of("latin1.csv", "leads.csv"), kso.getList(kso.fieldIndex("files")));
        assertTrue(kso.<String>getAs("checksum").matches("[0-9a-f]{64}"));
        Row inventory = lake.read(OpsTables.DELIVERIES).where(col("source").equalTo("coa_inventarisatie")).head();
        assertEquals(List.of("inventarisatie januari.csv", "leeg.csv"), inventory.getList(inventory.fieldIndex("files")),
                "a zero-byte file is part of its delivery");
    }

    @Test
    void quarantineCountsPerReasonHaveTheDefectManifestShape() {
        Map<String, Long> counts = new HashMap<>();
        for (Row r : QuarantineCounts.inLake(lake).collectAsList()) {
            counts.put(r.getAs("source") + "/" + r.getAs("delivery_date") + "/" + r.getAs("reason"), r.getAs("rows"));
        }
        assertEquals(3L, counts.get("coa_kso_leads/2024-02-29/UNREADABLE_FILE"), "the whole file, its first line too");
        assertEquals(3L, counts.get("coa_kso_leads/2024-01-31/BAD_NUMBER"), "rows 3, 4 and 7, one with a second reason");
        assertEquals(2L, counts.get("coa_bewoning/2024-01-31/BAD_BSN"));
        long total = ContractFixture.QUARANTINED.values().stream().mapToLong(Set::size).sum();
        assertEquals(total, counts.values().stream().mapToLong(Long::longValue).sum(), "one count per reason of every row");
    }

    @Test
    void aSecondRunIngestsNothingAndCommitsNothing() {
        Map<String, Long> before = versions();
        CliRun second = ingest();
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertEquals(before, versions());
        assertTrue(second.out().lines().anyMatch(l -> l.matches("total\\s+0\\s+10\\s+0\\s+0\\s+0")), second.out());
    }

    private Map<String, Long> versions() {
        Map<String, Long> versions = new HashMap<>();
        for (TableDef t : Tables.all()) {
            versions.put(t.qualifiedName(), lake.version(t));
        }
        return versions;
    }

    @Test
    void bronzeHoldsNoIdentifierAndTheKeyIsNowhere() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RawSource source : RawSource.values()) {
            Dataset<Row> bronze = lake.read(BronzeTables.of(source));
            StructField[] fields = bronze.schema().fields();
            for (Row r : bronze.collectAsList()) {
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i].dataType() == DataTypes.StringType && !r.isNullAt(i) && looksIdentifying(r.getString(i))) {
                        problems.add(source.folder() + "." + fields[i].name() + " = " + r.getString(i));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(pseudonymiser.pseudonym(FieldKind.VNUMMER, "1000000002"),
                firstStay(3).getAs("child_id"), "pseudonyms are there");

        try (Stream<Path> files = Files.walk(dir.resolve("lake"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(SECRET), file.toString());
            }
        }
        assertFalse(first.out().contains(SECRET) || first.err().contains(SECRET), "the key is never printed");
    }

    private static boolean looksIdentifying(String v) {
        return v.matches("[0-9]{10}") || v.matches("[0-9]{9}") && PrivacyScan.elevenTest(v)
                || ContractFixture.IDENTIFIERS.stream().anyMatch(v::contains)
                || v.contains(SECRET);
    }

    @Test
    void theSamePersonGetsTheSamePseudonymInEverySource() {
        String bsn = pseudonymiser.pseudonym(FieldKind.BSN, "111222333");
        assertEquals(bsn, firstStay(2).getAs("bsn_id"));
        Row school = bronzeRow(RawSource.DUO_INSCHRIJVINGEN, "bsn_id", bsn);
        assertEquals(bsn, school.getAs("pupil_id"));
        assertEquals(2, lake.read(BronzeTables.of(RawSource.JEUGDHULP_TRAJECTEN)).where(col("bsn_id").equalTo(bsn)).count());

        String vnummer = pseudonymiser.pseudonym(FieldKind.VNUMMER, "1000000001");
        assertEquals(2, lake.read(BronzeTables.of(RawSource.COA_BEWONING)).where(col("child_id").equalTo(vnummer)).count());
        assertEquals(vnummer, bronzeRow(RawSource.COA_VERHUISBEWEGINGEN, "reason", "DOORSTROOM_REGULIER").getAs("child_id"));
        assertEquals(pseudonymiser.pseudonym("gezinsnummer", "G-77"),
                firstStay(2).getAs("family_id"));

        Row pupil = bronzeRow(RawSource.DUO_INSCHRIJVINGEN, "brin", "34CD");
        assertEquals(pseudonymiser.pseudonym(FieldKind.ONDERWIJSNUMMER, "987654321"), pupil.getAs("pupil_id"),
                "no bsn: the pupil is known by the onderwijsnummer pseudonym");
        assertNull(pupil.getAs("bsn_id"));
    }
}
