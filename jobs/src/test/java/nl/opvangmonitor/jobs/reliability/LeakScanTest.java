package nl.opvangmonitor.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.jobs.testing.CsvRecords;
import org.junit.jupiter.api.Test;

/**
 * Security of a real run (the shared reference run, its key from the environment): the key is in
 * no log line, no Spark event log (which holds what the UI's environment tab shows) and no byte of
 * the lake; no raw identifier of the landing zone is in the logs, the event logs or any file of the
 * lake outside the quarantine; the lake is its owner's only; the quarantine is a folder of its own.
 */
class LeakScanTest {
    private static final Set<String> IDENTIFIER_COLUMNS = Set.of("vnummer", "bsn", "onderwijsnummer");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{9,}");

    @Test
    void theKeyIsInNoLogNoEventLogAndNoByteOfTheLake() throws Exception {
        ReferenceRun run = ReferenceRun.get();
        assertTrue(run.err.contains("[publish]"), "the run logged its steps");
        assertEquals(List.of(), filesContaining(run.lake, PipelineProcess.KEY), "lake files holding the key");
        assertEquals(List.of(), filesContaining(run.eventLogs, PipelineProcess.KEY), "event logs holding the key");
        assertTrue(!run.out.contains(PipelineProcess.KEY) && !run.err.contains(PipelineProcess.KEY), "the key in a log line");
        assertFalse(filesContaining(run.eventLogs, "SparkListenerEnvironmentUpdate").isEmpty(),
                "the event log holds the environment tab's content");
        assertFalse(filesContaining(run.eventLogs, "spark.hadoop.fs.permissions.umask-mode").isEmpty(),
                "the scan reads the Spark properties");
    }

    @Test
    void noRawIdentifierIsInTheLogsTheEventLogsOrTheLakeOutsideTheQuarantine() throws Exception {
        ReferenceRun run = ReferenceRun.get();
        Set<String> identifiers = rawIdentifiers(run.raw);
        assertTrue(identifiers.size() > 100, "the landing zone's identifiers were found: " + identifiers.size());
        Path quarantine = run.lake.resolve(Layer.QUARANTINE.folder());
        List<String> found = new ArrayList<>();
        found.addAll(identifiersIn(List.of(run.lake), identifiers, quarantine));
        found.addAll(identifiersIn(List.of(run.eventLogs), identifiers, null));
        found.addAll(identifiersIn(run.out + run.err, identifiers).stream().map(i -> "log: " + i).toList());
        assertEquals(List.of(), found);
        assertTrue(!identifiersIn(List.of(quarantine), identifiers, null).isEmpty(),
                "the quarantine keeps rejected raw lines, so the scan can see identifiers where they are allowed");
    }

    @Test
    void theLakeIsItsOwnersOnlyAndTheQuarantineAFolderApartFromBronze() throws Exception {
        ReferenceRun run = ReferenceRun.get();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(run.lake)));
        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        List<String> open = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(run.lake)) {
            for (Path p : paths.toList()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                if (perms.stream().anyMatch(others::contains)) {
                    open.add(run.lake.relativize(p) + " " + PosixFilePermissions.toString(perms));
                }
            }
        }
        assertEquals(List.of(), open.stream().limit(10).toList(), open.size() + " paths open to group or others");
        Path bronze = run.lake.resolve(Layer.BRONZE.folder());
        Path quarantine = run.lake.resolve(Layer.QUARANTINE.folder());
        assertTrue(Files.isDirectory(bronze) && Files.isDirectory(quarantine));
        try (Stream<Path> inBronze = Files.walk(bronze)) {
            assertTrue(inBronze.noneMatch(p -> p.getFileName().toString().contains("quarantine")));
        }
    }

    /** Every value of an identifier column in the landing zone's CSV files (by header name). */
    private static Set<String> rawIdentifiers(Path raw) throws IOException {
        Set<String> values = new HashSet<>();
        try (Stream<Path> files = Files.walk(raw)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv") && !raw.relativize(p).startsWith("_manifest"))
                    .toList()) {
                // RFC 4180: a quoted field (a location name) may hold the separator
                List<List<String>> records = CsvRecords.read(file, ';');
                List<String> header = records.get(0);
                for (List<String> fields : records.subList(1, records.size())) {
                    for (int i = 0; i < header.size() && i < fields.size(); i++) {
                        String value = fields.get(i).strip();
                        if (IDENTIFIER_COLUMNS.contains(header.get(i).strip()) && value.matches("[0-9]{9,10}")) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The identifiers found in the bytes of every file under the roots (but not under {@code except}). */
    private static List<String> identifiersIn(List<Path> roots, Set<String> identifiers, Path except) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(p -> except == null || !p.startsWith(except))
                        .toList()) {
                    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    identifiersIn(bytes, identifiers).forEach(i -> found.add(root.relativize(file) + ": " + i));
                }
            }
        }
        return found;
    }

    /** The identifiers that occur in a text, also inside a longer run of digits. */
    private static Set<String> identifiersIn(String text, Set<String> identifiers) {
        Set<String> found = new HashSet<>();
        Matcher digits = DIGIT_RUN.matcher(text);
        while (digits.find()) {
            String run = digits.group();
            for (int length = 9; length <= 10; length++) {
                for (int i = 0; i + length <= run.length(); i++) {
                    if (identifiers.contains(run.substring(i, i + length))) {
                        found.add(run.substring(i, i + length));
                    }
                }
            }
        }
        return found;
    }

    private static List<String> filesContaining(Path root, String needle) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(needle)) {
                    found.add(root.relativize(file).toString());
                }
            }
        }
        return found;
    }
}
