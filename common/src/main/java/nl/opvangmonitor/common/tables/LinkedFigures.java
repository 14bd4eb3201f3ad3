package nl.opvangmonitor.common.tables;

import static nl.opvangmonitor.common.tables.GoldTables.ALL;
import static nl.opvangmonitor.common.tables.GoldTables.EMERGENCY_STAY_MONTHLY;
import static nl.opvangmonitor.common.tables.GoldTables.HEADLINE;
import static nl.opvangmonitor.common.tables.GoldTables.OCCUPANCY_MONTHLY;
import static nl.opvangmonitor.common.tables.GoldTables.RELOCATION_RATE_MONTHLY;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.LinkedFigure.TimeMatch;

/**
 * Every figure published in more than one gold table (privacy.md, "Linked tables"), next to the table
 * declarations; a test checks each is equal to the sum of its source cells in gold. All of them count
 * minors present on a month-end, which occupancy_monthly holds at the finest grain.
 */
public final class LinkedFigures {
    private LinkedFigures() {
    }

    /** The minor age bands of occupancy_monthly (its {@code 18+} band is amv young adults). */
    public static final List<String> MINOR_BANDS = List.of("0-3", "4-11", "12-17");
    private static final List<String> EMERGENCY = List.of("NOODOPVANG", "CRISISNOODOPVANG");
    private static final Map<String, List<String>> MINORS = Map.of("age_band", MINOR_BANDS);
    private static final Map<String, String> EVERYWHERE = Map.of("category", ALL, "opvangvorm", ALL,
            "provincie", ALL, "amv", ALL);

    public static List<LinkedFigure> all() {
        return List.of(
                new LinkedFigure(RELOCATION_RATE_MONTHLY, "children_at_month_end", OCCUPANCY_MONTHLY, "persons",
                        TimeMatch.SAME_MONTH, Map.of("opvangvorm", ALL, "provincie", ALL), MINORS),
                new LinkedFigure(EMERGENCY_STAY_MONTHLY, "ongoing_spells", OCCUPANCY_MONTHLY, "persons",
                        TimeMatch.SAME_DATE, Map.of("opvangvorm", ALL),
                        Map.of("category", EMERGENCY, "age_band", MINOR_BANDS)),
                new LinkedFigure(HEADLINE, "minors_in_reception", OCCUPANCY_MONTHLY, "persons", TimeMatch.SAME_DATE,
                        EVERYWHERE, MINORS),
                new LinkedFigure(HEADLINE, "in_noodopvang", OCCUPANCY_MONTHLY, "persons", TimeMatch.SAME_DATE,
                        everywhereBut("category", "NOODOPVANG"), MINORS),
                new LinkedFigure(HEADLINE, "in_crisisnoodopvang", OCCUPANCY_MONTHLY, "persons", TimeMatch.SAME_DATE,
                        everywhereBut("category", "CRISISNOODOPVANG"), MINORS),
                new LinkedFigure(HEADLINE, "amv_minors", OCCUPANCY_MONTHLY, "persons", TimeMatch.SAME_DATE,
                        everywhereBut("amv", "J"), MINORS),
                new LinkedFigure(HEADLINE, "amv_18plus_in_amv_reception", OCCUPANCY_MONTHLY, "persons",
                        TimeMatch.SAME_DATE, Map.of("category", ALL, "opvangvorm", "AMV", "provincie", ALL,
                                "amv", ALL, "age_band", "18+"), Map.of()),
                new LinkedFigure(HEADLINE, "ongoing_emergency_spells", OCCUPANCY_MONTHLY, "persons",
                        TimeMatch.SAME_DATE, Map.of("opvangvorm", ALL, "provincie", ALL, "amv", ALL),
                        Map.of("category", EMERGENCY, "age_band", MINOR_BANDS)),
                new LinkedFigure(HEADLINE, "ongoing_emergency_over_183_days", EMERGENCY_STAY_MONTHLY,
                        "ongoing_over_183_days", TimeMatch.SAME_DATE,
                        Map.of("category", ALL, "provincie", ALL, "amv", ALL), Map.of()));
    }

    /** The linked figures of one table. */
    public static List<LinkedFigure> of(TableDef table) {
        return all().stream().filter(l -> l.table().equals(table)).toList();
    }

    private static Map<String, String> everywhereBut(String dimension, String value) {
        java.util.Map<String, String> fixed = new java.util.HashMap<>(EVERYWHERE);
        fixed.put(dimension, value);
        return fixed;
    }
}
