package nl.opvangmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.opvangmonitor.common.contract.DefectManifest;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects on purpose: each is one extra row that the contract rejects for exactly the reason the
 * manifest names, the manifest counts equal the rejected rows per source, delivery and reason, and
 * without them the files are those of a clean run.
 */
class DefectManifestTest {
    private static final int PERSONS = 800;
    private static final long SEED = 5;
    private static final double RATE = 0.05;

    @TempDir
    static Path dirty;
    @TempDir
    static Path clean;
    static Generator.Summary summary;
    static ContractChecker.Findings findings;

    @BeforeAll
    static void generate() {
        summary = GeneratorRuns.run(dirty, PERSONS, SEED, RATE);
        GeneratorRuns.run(clean, PERSONS, SEED, 0);
        findings = ContractChecker.check(RawZone.read(dirty));
    }

    @Test
    void everyCorruptedRowBreaksExactlyOneRule() {
        assertEquals(List.of(), findings.problems());
    }

    @Test
    void theManifestCountsEqualTheRejectedRows() throws IOException {
        List<String> manifest = Files.readAllLines(dirty.resolve(DefectManifest.FOLDER).resolve(DefectManifest.FILE));
        assertEquals(DefectManifest.HEADER, manifest.get(0));
        Map<String, Long> expected = new TreeMap<>();
        for (String line : manifest.subList(1, manifest.size())) {
            int last = line.lastIndexOf(';');
            expected.put(line.substring(0, last), Long.parseLong(line.substring(last + 1)));
        }
        assertEquals(expected, findings.rejectedByKey());
        assertEquals(new ArrayList<>(manifest.subList(1, manifest.size())).stream().sorted().toList(),
                manifest.subList(1, manifest.size()), "manifest sorted");
        long defects = summary.defects().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(defects, findings.rowsRead() - findings.rowsAccepted());
        double rate = (double) defects / findings.rowsAccepted();
        assertTrue(rate > RATE * 0.8 && rate < RATE * 1.2, "defect rate " + rate);
    }

    @Test
    void everyRowLevelReasonOccursWhereItCan() {
        Map<RawSource, Set<RejectReason>> seen = new LinkedHashMap<>();
        findings.rejectedByKey().keySet().forEach(key -> {
            String[] p = key.split(";");
            seen.computeIfAbsent(RawSource.fromFolder(p[0]), s -> EnumSet.noneOf(RejectReason.class))
                    .add(RejectReason.valueOf(p[2]));
        });
        // the person-level sources have rows enough to show every reason; the small ones count towards the total
        for (RawSource s : List.of(RawSource.COA_BEWONING, RawSource.COA_VERHUISBEWEGINGEN, RawSource.DUO_INSCHRIJVINGEN)) {
            assertEquals(EnumSet.copyOf(DefectInjector.APPLICABLE.get(s)), seen.get(s), s.folder());
        }
        Set<RejectReason> all = EnumSet.noneOf(RejectReason.class);
        seen.values().forEach(all::addAll);
        Set<RejectReason> rowLevel = EnumSet.complementOf(EnumSet.of(RejectReason.MISSING_COLUMN, RejectReason.UNREADABLE_FILE));
        assertEquals(rowLevel, all);
    }

    @Test
    void withoutTheRejectedRowsTheFilesAreThoseOfACleanRun() throws IOException {
        for (RawZone.DeliveryFile f : RawZone.read(dirty)) {
            Set<Integer> rejected = findings.rejectedRows().get(f.path());
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < f.lines().size(); i++) {
                if (!rejected.contains(i)) {
                    kept.add(f.lines().get(i));
                }
            }
            Path twin = clean.resolve(dirty.relativize(f.path()));
            assertEquals(RawZone.readFile(f.source(), f.delivery(), twin).lines(), kept, f.path().toString());
        }
    }
}
