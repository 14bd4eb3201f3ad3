package nl.opvangmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.contract.DefectManifest;
import nl.opvangmonitor.common.contract.RawSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clean run (no defects) writes exactly what data-contract.md accepts: every file, header, row and field. */
class GeneratorContractTest {
    @TempDir
    static Path out;
    static List<RawZone.DeliveryFile> files;

    @BeforeAll
    static void generate() {
        GeneratorRuns.run(out, 600, 11, 0);
        files = RawZone.read(out);
    }

    @Test
    void everyRowOfACleanRunIsAccepted() {
        ContractChecker.Findings f = ContractChecker.check(files);
        assertEquals(List.of(), f.problems());
        assertEquals(f.rowsRead(), f.rowsAccepted(), "rejections: " + f.rejectedByKey());
        for (RawSource s : RawSource.values()) {
            assertTrue(files.stream().filter(x -> x.source() == s).mapToInt(x -> x.rows().size()).sum() > 0, s.folder());
        }
    }

    @Test
    void everySourceDeliversMonthlyWithTheContractsLayout() {
        assertEquals(7 * 30, files.size());
        assertTrue(Files.exists(out.resolve("coa_bewoning/2024-01-31/coa_bewoning.csv")));
        assertTrue(Files.exists(out.resolve("coa_bewoning/2026-06-30/coa_bewoning.csv")));
        assertTrue(Files.exists(out.resolve("coa_kso_leads/2025-02-28/coa_kso_leads.csv")));
    }

    @Test
    void windowsExportsCarryAByteOrderMarkAndCrlf() throws IOException {
        byte[] duo = Files.readAllBytes(out.resolve("duo_inschrijvingen/2024-03-31/duo_inschrijvingen.csv"));
        assertEquals((byte) 0xEF, duo[0]);
        assertTrue(new String(duo, StandardCharsets.UTF_8).contains("\r\n"));
        String coa = Files.readString(out.resolve("coa_bewoning/2024-03-31/coa_bewoning.csv"));
        assertFalse(coa.startsWith("\uFEFF") || coa.contains("\r"));
        assertTrue(Files.readString(out.resolve("jeugdhulp_trajecten/2024-01-31/jeugdhulp_trajecten.csv")).startsWith("\uFEFF"));
        assertFalse(Files.readString(out.resolve("jeugdhulp_trajecten/2024-02-29/jeugdhulp_trajecten.csv")).startsWith("\uFEFF"));
    }

    @Test
    void textNeedingQuotesAndNumericCareCodesOccur() {
        assertTrue(lines(RawSource.COA_LOCATIES).stream().anyMatch(l -> l.contains("\"")), "a quoted location name");
        assertTrue(lines(RawSource.COA_LOCATIES).stream().anyMatch(l -> l.contains("Fryslân")), "Frisian diacritics");
        List<String> care = files.stream().filter(x -> x.source() == RawSource.JEUGDHULP_TRAJECTEN)
                .flatMap(x -> x.rows().stream()).map(r -> r.get(6)).toList();
        assertTrue(care.stream().anyMatch(v -> v.matches("0[1-5]")), "numeric end reasons");
        assertTrue(care.stream().anyMatch(v -> v.startsWith("VOORTIJDIG") || v.equals("VOLGENS_PLAN")), "named end reasons");
    }

    @Test
    void aCleanRunHasAnEmptyManifestAndItsParameters() throws IOException {
        assertEquals(List.of(DefectManifest.HEADER), Files.readAllLines(out.resolve("_manifest/defects.csv")));
        List<String> params = Files.readAllLines(out.resolve("_manifest/parameters.txt"));
        assertTrue(params.contains("seed = 11"), params.toString());
        assertTrue(params.contains("persons = 600"), params.toString());
        assertTrue(params.contains("quality.defectRate = 0.0"), params.toString());
    }

    @Test
    void aShortRangeEndsWithADeliveryOnItsLastDay(@TempDir Path shortRun) {
        GeneratorRuns.run(shortRun, 60, 3, 0, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 15));
        List<RawZone.DeliveryFile> shortFiles = RawZone.read(shortRun);
        assertEquals(List.of(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 15)),
                shortFiles.stream().map(RawZone.DeliveryFile::delivery).distinct().toList());
        ContractChecker.Findings f = ContractChecker.check(shortFiles);
        assertEquals(f.rowsRead(), f.rowsAccepted(), "rejections: " + f.rejectedByKey() + f.problems());
    }

    private static List<String> lines(RawSource source) {
        return files.stream().filter(x -> x.source() == source).flatMap(x -> x.lines().stream()).toList();
    }
}
