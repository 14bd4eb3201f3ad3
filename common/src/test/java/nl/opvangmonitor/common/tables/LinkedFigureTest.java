package nl.opvangmonitor.common.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The source cells of a linked figure, and the other ways to write it, for hand-picked cells. */
class LinkedFigureTest {
    private static final LinkedFigure ONGOING = LinkedFigures.all().stream()
            .filter(l -> l.column().equals("ongoing_spells")).findFirst().orElseThrow();

    @Test
    void anEmergencyCellIsTheSumOfItsCategoryAndTheMinorBandsAtOpvangvormAll() {
        List<Map<String, String>> cells = ONGOING.sourceCells(cell("NOODOPVANG", "Drenthe", "N"));

        assertEquals(3, cells.size());
        assertEquals(List.of("NOODOPVANG", "ALL", "Drenthe", "N", "0-3"), List.copyOf(cells.get(0).values()));
        assertEquals(List.of("NOODOPVANG", "ALL", "Drenthe", "N", "12-17"), List.copyOf(cells.get(2).values()));
    }

    /**
     * The ALL-category cell sums two categories and three bands; it is also the category total minus the
     * other two categories, and the band total minus 18+: four ways, the last of 3 x 2 cells.
     */
    @Test
    void theTotalCellHasFourWaysOneForEachChoicePerSummedDimension() {
        Map<String, Set<String>> values = Map.of(
                "category", Set.of("ALL", "REGULIER", "NOODOPVANG", "CRISISNOODOPVANG", "AANMELDCENTRUM"),
                "age_band", Set.of("ALL", "0-3", "4-11", "12-17", "18+"));

        List<List<Map<String, String>>> ways = ONGOING.representations(cell("ALL", "Drenthe", "J"), values);

        assertEquals(4, ways.size());
        assertEquals(6, ways.get(0).size(), "2 categories x 3 bands");
        List<Map<String, String>> last = ways.get(3);
        assertEquals(3 * 2, last.size(), "ALL, AANMELDCENTRUM, REGULIER x ALL, 18+");
        assertEquals(List.of("ALL", "ALL", "Drenthe", "J", "ALL"), List.copyOf(last.get(0).values()));
        assertEquals(List.of("REGULIER", "ALL", "Drenthe", "J", "18+"), List.copyOf(last.get(5).values()));
    }

    /**
     * relocation_rate_monthly publishes moves_out by age band, which relocations_monthly does not have: its linked
     * cells (age band ALL) are the totals of lines whose parts no source cell matches. The emergency figure's lines
     * are all lines of occupancy_monthly.
     */
    @Test
    void onlyAFigureWhoseTableHasADimensionItsSourceLacksIsBrokenDownFurther() {
        Set<String> further = LinkedFigures.all().stream().filter(LinkedFigure::brokenDownFurther)
                .map(f -> f.table().name() + "." + f.column()).collect(java.util.stream.Collectors.toSet());
        assertEquals(Set.of("relocation_rate_monthly.moves_out"), further);
        assertEquals(false, ONGOING.brokenDownFurther());
    }

    @Test
    void aLinkThatLeavesASourceDimensionOpenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LinkedFigure(GoldTables.HEADLINE, "amv_minors",
                GoldTables.OCCUPANCY_MONTHLY, "persons", LinkedFigure.TimeMatch.SAME_DATE, Map.of("amv", "J"),
                Map.of()));
    }

    private static Map<String, String> cell(String category, String provincie, String amv) {
        Map<String, String> cell = new LinkedHashMap<>();
        cell.put("category", category);
        cell.put("provincie", provincie);
        cell.put("amv", amv);
        return cell;
    }
}
