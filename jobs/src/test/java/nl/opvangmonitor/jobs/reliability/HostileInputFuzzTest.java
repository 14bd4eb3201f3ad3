package nl.opvangmonitor.jobs.reliability;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.jobs.cli.ExitCodes;
import nl.opvangmonitor.jobs.testing.CliRun;
import nl.opvangmonitor.jobs.testing.GeneratedRaw;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: generated raw files mutated with a fixed seed (flipped bytes, truncated lines, a
 * Latin-1 file, a missing and extra columns, a header-only file, an empty file, binary garbage, a
 * 10 MB field, ten times the columns), each landed as a delivery of its own and ingested in one run.
 * The run does not crash, every row of every delivery is accounted for (read = accepted +
 * quarantined, each quarantined row with a reason), an unreadable file is named with its reason and
 * quarantined whole, a missing column quarantines the delivery as MISSING_COLUMN, and extra columns
 * are ignored and named.
 */
class HostileInputFuzzTest {
    private static final long SEED = 20261123L;
    private static final LocalDate FIRST_CASE_DAY = LocalDate.of(2026, 8, 1);

    /** A mutation of a clean file's bytes into the file landed for a case. */
    private record Case(String name, RawSource source, Function<byte[], byte[]> mutation) {
    }

    @TempDir
    static Path dir;
    private static final Random RANDOM = new Random(SEED);
    private static final List<Case> CASES = List.of(
            new Case("flipped bytes", RawSource.COA_BEWONING, HostileInputFuzzTest::flipBytes),
            new Case("truncated lines", RawSource.COA_BEWONING, HostileInputFuzzTest::truncateLines),
            new Case("latin-1", RawSource.COA_LOCATIES, HostileInputFuzzTest::latin1WithAccents),
            new Case("missing column", RawSource.COA_BEWONING, b -> dropColumn(b, "datum_instroom")),
            new Case("extra columns", RawSource.DUO_INSCHRIJVINGEN, b -> addColumns(b, 2)),
            new Case("header only", RawSource.COA_VERHUISBEWEGINGEN, b -> (firstLine(b) + "\n").getBytes(StandardCharsets.UTF_8)),
            new Case("empty file", RawSource.JEUGDHULP_TRAJECTEN, b -> new byte[0]),
            new Case("binary garbage", RawSource.COA_KSO_LEADS, b -> garbage(4096)),
            new Case("10 MB field", RawSource.COA_BEWONING, HostileInputFuzzTest::hugeField),
            new Case("ten times the columns", RawSource.COA_INVENTARISATIE, b -> addColumns(b, 9 * columns(b))));

    private static Path raw;
    private static Lake lake;
    private static CliRun ingest;

    @BeforeAll
    static void landTheMutatedDeliveriesAndIngestThemInOneRun() throws IOException {
        raw = dir.resolve("raw");
        GeneratedRaw.write(raw, 30, 1, "2026-07-01", "2026-07-31", 0);
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            Path target = caseFile(i);
            Files.createDirectories(target.getParent());
            Files.write(target, c.mutation().apply(Files.readAllBytes(cleanFile(c.source()))));
        }
        Path key = Files.writeString(dir.resolve("key"), "fuzz-test-key-0123456789");
        ingest = CliRun.of("ingest", "--raw", raw.toString(), "--lake", dir.resolve("lake").toString(),
                "--key-file", key.toString(), "--quality-gate", "warn"); // hostile on purpose: no stop at the gate
        lake = LakeContent.lake(dir.resolve("lake"));
    }

    @Test
    void theRunDoesNotCrashAndRecordsEveryCaseAsADelivery() {
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.err());
        assertEquals(0, ingest.errorLines(), ingest.err());
        for (int i = 0; i < CASES.size(); i++) {
            assertEquals(1, deliveries(i).size(), CASES.get(i).name() + " recorded once");
        }
    }

    @Test
    void everyRowOfEveryDeliveryIsAcceptedOrQuarantinedWithAReason() {
        for (Row d : lake.read(OpsTables.DELIVERIES).collectAsList()) {
            long read = d.getAs("rows_read");
            long accepted = d.getAs("rows_accepted");
            long quarantined = d.getAs("rows_quarantined");
            String where = d.getAs("source") + "/" + d.getAs("delivery_date");
            assertEquals(read, accepted + quarantined, where);
            RawSource source = RawSource.fromFolder(d.getAs("source"));
            List<Row> rows = lake.read(QuarantineTables.of(source))
                    .filter(col("delivery_date").equalTo(d.getAs("delivery_date"))).select("reasons").collectAsList();
            assertEquals(quarantined, rows.size(), where + ": quarantine rows");
            assertTrue(rows.stream().noneMatch(r -> r.getList(0).isEmpty()), where + ": every quarantined row has a reason");
        }
    }

    @Test
    void unreadableFilesAreNamedWithTheirReasonAndQuarantinedWhole() throws IOException {
        for (String name : List.of("latin-1", "binary garbage")) {
            int i = indexOf(name);
            Row d = deliveries(i).get(0);
            long lines = nonEmptyLines(Files.readAllBytes(caseFile(i)));
            assertEquals(lines, (long) d.getAs("rows_read"), name + ": every non-empty line is a row");
            assertEquals(lines, (long) d.getAs("rows_quarantined"), name + ": all of them quarantined");
            assertEquals(List.of("UNREADABLE_FILE"), reasons(i), name);
            assertTrue(ingest.err().contains(fileName(i) + ": not valid UTF-8, every line quarantined as UNREADABLE_FILE"),
                    ingest.err());
        }
    }

    @Test
    void aMissingRequiredColumnQuarantinesTheWholeDeliveryAsMissingColumn() throws IOException {
        int i = indexOf("missing column");
        Row d = deliveries(i).get(0);
        assertEquals(nonEmptyLines(Files.readAllBytes(caseFile(i))) - 1, (long) d.getAs("rows_quarantined"));
        assertEquals(0L, (long) d.getAs("rows_accepted"));
        assertEquals(List.of("MISSING_COLUMN"), reasons(i));
        assertTrue(ingest.err().contains(fileName(i) + ": header lacks datum_instroom"), ingest.err());
    }

    @Test
    void unknownExtraColumnsAreIgnoredAndNamed() throws IOException {
        for (String name : List.of("extra columns", "ten times the columns")) {
            int i = indexOf(name);
            RawSource source = CASES.get(i).source();
            Row d = deliveries(i).get(0);
            Row clean = lake.read(OpsTables.DELIVERIES).filter(col("source").equalTo(source.folder())
                    .and(col("delivery_date").equalTo(Date.valueOf(cleanDate(source))))).head();
            assertEquals((long) clean.getAs("rows_accepted"), (long) d.getAs("rows_accepted"), name + ": as the clean file");
            assertEquals((long) clean.getAs("rows_quarantined"), (long) d.getAs("rows_quarantined"), name);
            assertTrue(ingest.err().contains(fileName(i) + ": ignored unknown column(s) extra_a, extra_b"), ingest.err());
        }
    }

    @Test
    void headerOnlyAndEmptyFilesAreDeliveriesOfNoRows() {
        for (String name : List.of("header only", "empty file")) {
            Row d = deliveries(indexOf(name)).get(0);
            assertEquals(List.of(0L, 0L, 0L), List.of(d.getAs("rows_read"), d.getAs("rows_accepted"), d.getAs("rows_quarantined")), name);
        }
        assertTrue(ingest.err().contains(fileName(indexOf("empty file")) + ": empty file"), ingest.err());
    }

    @Test
    void theTenMegabyteFieldIsQuarantinedWithItsRowAndTheRestAccepted() throws IOException {
        int i = indexOf("10 MB field");
        Row d = deliveries(i).get(0);
        Row clean = lake.read(OpsTables.DELIVERIES).filter(col("source").equalTo("coa_bewoning")
                .and(col("delivery_date").equalTo(Date.valueOf(cleanDate(RawSource.COA_BEWONING))))).head();
        assertEquals((long) clean.getAs("rows_read"), (long) d.getAs("rows_read"));
        assertEquals((long) clean.getAs("rows_accepted") - 1, (long) d.getAs("rows_accepted"), "the one row with the field");
        assertEquals(List.of("UNKNOWN_LOCATION"), reasons(i));
    }

    // ---- the mutations ----

    private static byte[] flipBytes(byte[] clean) {
        byte[] b = clean.clone();
        for (int n = 0; n < 20; n++) {
            int at = RANDOM.nextInt(b.length);
            b[at] = (byte) (b[at] ^ (1 + RANDOM.nextInt(255)));
        }
        return b;
    }

    private static byte[] truncateLines(byte[] clean) {
        List<String> lines = new ArrayList<>(text(clean).lines().toList());
        for (int n = 0; n < 10; n++) {
            int line = 1 + RANDOM.nextInt(lines.size() - 1);
            String l = lines.get(line);
            lines.set(line, l.substring(0, RANDOM.nextInt(Math.max(1, l.length()))));
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Accents in every location's name, then the file written in ISO-8859-1 instead of UTF-8. */
    private static byte[] latin1WithAccents(byte[] clean) {
        List<String> lines = text(clean).lines().toList();
        int naam = Arrays.asList(lines.get(0).split(";", -1)).indexOf("naam");
        String accented = lines.stream().skip(1).map(l -> {
            String[] f = l.split(";", -1);
            f[naam] = f[naam] + " Café Fryslân";
            return String.join(";", f);
        }).collect(Collectors.joining("\n"));
        return (lines.get(0) + "\n" + accented + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] dropColumn(byte[] clean, String column) {
        List<String> lines = text(clean).lines().toList();
        int at = Arrays.asList(lines.get(0).split(";", -1)).indexOf(column);
        return (lines.stream().map(l -> {
            List<String> f = new ArrayList<>(Arrays.asList(l.split(";", -1)));
            f.remove(at);
            return String.join(";", f);
        }).collect(Collectors.joining("\n")) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Columns extra_a, extra_b, ... (plain names, so the notice may show them) with a value in every row. */
    private static byte[] addColumns(byte[] clean, int count) {
        List<String> lines = text(clean).lines().toList();
        String names = IntStream.range(0, count).mapToObj(HostileInputFuzzTest::extraName).collect(Collectors.joining(";"));
        String values = IntStream.range(0, count).mapToObj(n -> "x").collect(Collectors.joining(";"));
        return (lines.get(0) + ";" + names + "\n" + lines.stream().skip(1).map(l -> l + ";" + values)
                .collect(Collectors.joining("\n")) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String extraName(int n) {
        String letters = "";
        for (int v = n; v >= 0; v = v / 26 - 1) {
            letters = (char) ('a' + v % 26) + letters;
        }
        return "extra_" + letters;
    }

    private static byte[] garbage(int size) {
        byte[] b = new byte[size];
        RANDOM.nextBytes(b);
        return b;
    }

    /** The first record's locatiecode replaced by ten million characters. */
    private static byte[] hugeField(byte[] clean) {
        List<String> lines = new ArrayList<>(text(clean).lines().toList());
        int at = Arrays.asList(lines.get(0).split(";", -1)).indexOf("locatiecode");
        String[] f = lines.get(1).split(";", -1);
        f[at] = "L".repeat(10_000_000);
        lines.set(1, String.join(";", f));
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    // ---- where things are ----

    private static Path cleanFile(RawSource source) throws IOException {
        try (var files = Files.list(raw.resolve(source.folder()).resolve(cleanDate(source).toString()))) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
    }

    /** The generated (clean) delivery each case starts from: the source's first. */
    private static LocalDate cleanDate(RawSource source) {
        try (var dates = Files.list(raw.resolve(source.folder()))) {
            return dates.map(p -> LocalDate.parse(p.getFileName().toString())).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path caseFile(int i) {
        return raw.resolve(CASES.get(i).source().folder()).resolve(FIRST_CASE_DAY.plusDays(i).toString())
                .resolve(fileName(i).substring(fileName(i).lastIndexOf('/') + 1));
    }

    /** {@code <source>/<date>/case-<n>.csv}, as ingest names a file in its notices. */
    private static String fileName(int i) {
        return CASES.get(i).source().folder() + "/" + FIRST_CASE_DAY.plusDays(i) + "/case-" + i + ".csv";
    }

    private static int indexOf(String name) {
        return IntStream.range(0, CASES.size()).filter(i -> CASES.get(i).name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Row> deliveries(int i) {
        return lake.read(OpsTables.DELIVERIES).filter(col("source").equalTo(CASES.get(i).source().folder())
                .and(col("delivery_date").equalTo(Date.valueOf(FIRST_CASE_DAY.plusDays(i))))).collectAsList();
    }

    /** The distinct reasons of a case's quarantined rows, sorted. */
    private static List<String> reasons(int i) {
        return lake.read(QuarantineTables.of(CASES.get(i).source()))
                .filter(col("delivery_date").equalTo(Date.valueOf(FIRST_CASE_DAY.plusDays(i))))
                .selectExpr("explode(reasons)").distinct().collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    }

    /** Physical lines (ended by {@code \n}, a {@code \r} before it not counted) that are not empty. */
    private static long nonEmptyLines(byte[] content) {
        return Arrays.stream(new String(content, StandardCharsets.ISO_8859_1).split("\n", -1))
                .filter(l -> !l.isEmpty() && !l.equals("\r")).count();
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    private static String firstLine(byte[] b) {
        return text(b).lines().findFirst().orElse("");
    }

    private static int columns(byte[] b) {
        return firstLine(b).split(";", -1).length;
    }
}
