package nl.opvangmonitor.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.contract.DefectManifest;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.generator.Generator;
import nl.opvangmonitor.generator.GeneratorParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB peer on a small generated landing zone (300 persons, default range and defect rate):
 * it rejects exactly the generator's injected defects, and its tables hold together (statuses add
 * up to the cohort, per-category counts add up to the totals where a child is in one place).
 */
class DuckDbPeerGeneratedTest {
    private static final String ALL = "ALL";
    private static final Set<RawSource> PEER_SOURCES = Set.of(RawSource.COA_LOCATIES, RawSource.COA_BEWONING,
            RawSource.COA_VERHUISBEWEGINGEN, RawSource.DUO_INSCHRIJVINGEN);

    private static Path raw;
    private static PeerResult result;

    @TempDir
    static Path landing;

    @BeforeAll
    static void generateAndCompute() {
        raw = landing.resolve("raw");
        Generator.write(GeneratorParameters.small().withPersons(300), 1, LocalDate.parse(Generator.DEFAULT_FROM),
                LocalDate.parse(Generator.DEFAULT_TO), raw, done -> { });
        result = DuckDbPeer.compute(raw, null);
    }

    @Test
    void rejectsExactlyTheInjectedDefects() throws IOException {
        List<RejectedRows> manifest = Files.readAllLines(raw.resolve(DefectManifest.FOLDER).resolve(DefectManifest.FILE))
                .stream().skip(1).map(line -> line.split(";"))
                .map(f -> new RejectedRows(RawSource.fromFolder(f[0]), LocalDate.parse(f[1]), RejectReason.valueOf(f[2]),
                        Long.parseLong(f[3])))
                .filter(r -> PEER_SOURCES.contains(r.source()))
                .sorted(Comparator.comparing(RejectedRows::source).thenComparing(RejectedRows::delivery)
                        .thenComparing(RejectedRows::reason))
                .toList();
        assertTrue(manifest.size() > 5, "the generator injects defects at its default rate");
        assertEquals(manifest, result.rejections());
    }

    @Test
    void schoolStatusesAddUpToTheCohortInEveryRow() {
        PeerTable t = result.schoolAccess();
        assertTrue(t.rows().size() > 100);
        for (List<Object> r : t.rows()) {
            long statuses = List.of("unlinked", "enrolled_in_time", "enrolled_late", "waiting_in_term", "overdue", "left")
                    .stream().mapToLong(c -> (Long) t.value(r, c)).sum();
            assertEquals(t.value(r, "children"), statuses, r.toString());
        }
        assertCategoriesAddUp(t, "cohort_month", "children");
    }

    @Test
    void relocationRateCountsAddUpOverCategoriesAndEveryMonthHasATotal() {
        PeerTable t = result.relocationRateMonthly();
        Set<Object> months = t.rows().stream().map(r -> t.value(r, "month")).collect(Collectors.toSet());
        assertEquals(30, months.size(), "January 2024 to June 2026");
        assertCategoriesAddUp(t, "month", "child_days");
        assertCategoriesAddUp(t, "month", "moves_out");
        assertCategoriesAddUp(t, "month", "children_at_month_end");
        assertTrue(t.rows().stream().filter(r -> ALL.equals(t.value(r, "category")))
                .allMatch(r -> (Long) t.value(r, "child_days") > 0 && (Long) t.value(r, "children_present") > 0));
    }

    /** Per time value, the counts of the category rows (other dimensions ALL) add up to the ALL row. */
    private static void assertCategoriesAddUp(PeerTable t, String time, String count) {
        List<String> others = t.table().columnsWithRole(ColumnRole.DIMENSION).stream()
                .filter(d -> !d.equals("category")).toList();
        List<List<Object>> totals = t.rows().stream()
                .filter(r -> others.stream().allMatch(d -> ALL.equals(t.value(r, d)))).toList();
        for (Object when : totals.stream().map(r -> t.value(r, time)).distinct().toList()) {
            long all = totals.stream().filter(r -> when.equals(t.value(r, time)) && ALL.equals(t.value(r, "category")))
                    .mapToLong(r -> (Long) t.value(r, count)).sum();
            long byCategory = totals.stream().filter(r -> when.equals(t.value(r, time)) && !ALL.equals(t.value(r, "category")))
                    .mapToLong(r -> (Long) t.value(r, count)).sum();
            assertEquals(all, byCategory, count + " in " + when);
        }
    }
}
