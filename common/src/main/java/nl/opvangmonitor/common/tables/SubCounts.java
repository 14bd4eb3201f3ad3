package nl.opvangmonitor.common.tables;

import java.util.List;

/**
 * Counts that can never exceed other counts of the same row (metrics.md): a child overdue for school
 * more than 365 days is also overdue more than 183 days, a child with three moves is present on the
 * month-end. An outsider knows these bounds, so disclosure control keeps every hidden count's range
 * wide within them too (privacy.md, protection range).
 */
public final class SubCounts {
    private SubCounts() {
    }

    /** In every row of {@code table}, {@code small <= sum(large)}. */
    public record SubCount(TableDef table, String small, List<String> large) {
        public SubCount {
            large = List.copyOf(large);
        }
    }

    public static List<SubCount> all() {
        return List.of(
                new SubCount(GoldTables.SCHOOL_ACCESS, "within_42_days", List.of("enrolled_in_time")),
                new SubCount(GoldTables.MISSED_SCHOOL_MONTHLY, "children_missing", List.of("school_age_children")),
                new SubCount(GoldTables.MISSED_SCHOOL_MONTHLY, "children_with_relocation_gap", List.of("children_missing")),
                new SubCount(GoldTables.MISSED_SCHOOL_MONTHLY, "children_with_relocation_gap", List.of("relocation_gaps")),
                new SubCount(GoldTables.MISSED_SCHOOL_MONTHLY, "relocation_gaps", List.of("missed_days_relocation")),
                new SubCount(GoldTables.MISSED_SCHOOL_MONTHLY, "children_missing",
                        List.of("missed_days_initial", "missed_days_relocation", "missed_days_other")),
                new SubCount(GoldTables.SCHOOL_WAIT_MONTHLY, "over_30_days", List.of("enrolments")),
                new SubCount(GoldTables.RELOCATIONS_MONTHLY, "children_moved", List.of("moves")),
                new SubCount(GoldTables.RELOCATION_RATE_MONTHLY, "children_3plus_moves_12m", List.of("children_at_month_end")),
                new SubCount(GoldTables.RELOCATION_RATE_MONTHLY, "children_at_month_end", List.of("children_present")),
                new SubCount(GoldTables.RELOCATION_RATE_MONTHLY, "children_present", List.of("child_days")),
                new SubCount(GoldTables.EMERGENCY_STAY_MONTHLY, "ongoing_over_365_days", List.of("ongoing_over_183_days")),
                new SubCount(GoldTables.EMERGENCY_STAY_MONTHLY, "ongoing_over_183_days", List.of("ongoing_spells")),
                new SubCount(GoldTables.EMERGENCY_STAY_MONTHLY, "ended_over_183_days", List.of("ended_spells")),
                new SubCount(GoldTables.CARE_CONTINUITY_MONTHLY, "interrupted_external", List.of("interrupted")),
                new SubCount(GoldTables.AMV_TRANSITION_MONTHLY, "in_amv_reception_after_30d", List.of("turned_18")),
                new SubCount(GoldTables.AMV_TRANSITION_MONTHLY, "moved_province_within_90d", List.of("turned_18")),
                new SubCount(GoldTables.AMV_TRANSITION_MONTHLY, "left_school_within_30d", List.of("turned_18")),
                new SubCount(GoldTables.HEADLINE, "in_noodopvang", List.of("minors_in_reception")),
                new SubCount(GoldTables.HEADLINE, "in_crisisnoodopvang", List.of("minors_in_reception")),
                new SubCount(GoldTables.HEADLINE, "amv_minors", List.of("minors_in_reception")),
                new SubCount(GoldTables.HEADLINE, "ongoing_emergency_over_183_days", List.of("ongoing_emergency_spells")));
    }

    /**
     * Per table, the count columns that count distinct persons along some dimensions: a child placed in
     * two categories in one month is in both parts but once in the total, so a part never exceeds its
     * total (and the parts may add up to more).
     */
    public static java.util.Map<TableDef, java.util.Map<String, List<String>>> distinct() {
        List<String> inMonth = List.of("category", "provincie", "age_band");
        return java.util.Map.of(
                GoldTables.MISSED_SCHOOL_MONTHLY, java.util.Map.of("school_age_children", inMonth,
                        "children_missing", inMonth, "children_with_relocation_gap", inMonth, "unlinked_children", inMonth),
                GoldTables.RELOCATIONS_MONTHLY, java.util.Map.of("children_moved",
                        List.of("from_category", "to_category", "reden")),
                GoldTables.RELOCATION_RATE_MONTHLY, java.util.Map.of("children_present", List.of("category", "age_band")));
    }

    /** The sub-counts of one table. */
    public static List<SubCount> of(TableDef table) {
        return all().stream().filter(s -> s.table().equals(table)).toList();
    }
}
