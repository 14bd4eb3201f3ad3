package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/**
 * Gold: the aggregate tables of metrics.md, unsuppressed. Every dimension carries {@code ALL}
 * rows, computed from the per-person facts (not by adding cells), so distinct counts and medians
 * of a total are right; publish only suppresses. Boolean dimensions (amv) hold {@code J}/{@code N}.
 */
public final class GoldTables {
    private GoldTables() {
    }

    /** The value of a dimension in a total row. */
    public static final String ALL = "ALL";

    /**
     * Plain column of the monthly tables and school_access: the row's figures can still change with
     * later deliveries (metrics.md, Common terms, "Provisional").
     */
    public static final String PROVISIONAL = "provisional";

    /** metrics.md, gold.occupancy_monthly. */
    public static final TableDef OCCUPANCY_MONTHLY = TableDef.builder(Layer.GOLD, "occupancy_monthly")
            .time("month_end").dim("category").dim("opvangvorm").dim("provincie").dim("amv").dim("age_band")
            .count("persons")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month_end", "category", "opvangvorm", "provincie", "amv", "age_band")
            .build();

    /** metrics.md, gold.school_access. */
    public static final TableDef SCHOOL_ACCESS = TableDef.builder(Layer.GOLD, "school_access")
            .time("cohort_month").dim("category").dim("provincie").dim("amv").dim("age_band")
            .countTotal("children", "unlinked", "enrolled_in_time", "enrolled_late", "waiting_in_term", "overdue",
                    "left")
            .count("unlinked").count("enrolled_in_time").count("enrolled_late")
            .count("waiting_in_term").count("overdue").count("left").count("within_42_days")
            .stat("median_days_to_school", "enrolled_in_time", "enrolled_late")
            .stat("p90_days_to_school", "enrolled_in_time", "enrolled_late")
            .stat("pct_in_time", "enrolled_in_time", "enrolled_late", "overdue")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("cohort_month", "category", "provincie", "amv", "age_band")
            .build();

    /** metrics.md, gold.missed_school_monthly. */
    public static final TableDef MISSED_SCHOOL_MONTHLY = TableDef.builder(Layer.GOLD, "missed_school_monthly")
            .time("month").dim("category").dim("provincie").dim("amv").dim("age_band")
            .count("school_age_children").count("children_missing")
            .count("missed_days_initial").count("missed_days_relocation").count("missed_days_other")
            .count("relocation_gaps").count("children_with_relocation_gap").count("unlinked_children")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month", "category", "provincie", "amv", "age_band")
            .build();

    /** metrics.md, gold.school_wait_monthly. */
    public static final TableDef SCHOOL_WAIT_MONTHLY = TableDef.builder(Layer.GOLD, "school_wait_monthly")
            .time("month").dim("gemeentecode").dim("onderwijssoort")
            .count("enrolments")
            .stat("median_wait_days", "enrolments").stat("p90_wait_days", "enrolments")
            .count("over_30_days")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month", "gemeentecode", "onderwijssoort")
            .build();

    /** metrics.md, gold.relocations_monthly; intake placements (out of an aanmeldcentrum) in their own column. */
    public static final TableDef RELOCATIONS_MONTHLY = TableDef.builder(Layer.GOLD, "relocations_monthly")
            .time("month").dim("from_category").dim("to_category").dim("reden").dim("amv")
            .count("moves").count("children_moved").count("intake_placements")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month", "from_category", "to_category", "reden", "amv")
            .build();

    /** metrics.md, gold.relocation_rate_monthly. */
    public static final TableDef RELOCATION_RATE_MONTHLY = TableDef.builder(Layer.GOLD, "relocation_rate_monthly")
            .time("month").dim("category").dim("amv").dim("age_band")
            .count("child_days").count("children_present").count("moves_out")
            .stat("moves_per_1000_days", "children_present").computedFrom("moves_out", "child_days")
            .count("children_at_month_end").count("children_3plus_moves_12m")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month", "category", "amv", "age_band")
            .build();

    /** metrics.md, gold.emergency_stay_monthly. */
    public static final TableDef EMERGENCY_STAY_MONTHLY = TableDef.builder(Layer.GOLD, "emergency_stay_monthly")
            .time("month_end").dim("category").dim("provincie").dim("amv")
            .count("ongoing_spells")
            .stat("mean_ongoing_days", "ongoing_spells").stat("median_ongoing_days", "ongoing_spells")
            .count("ongoing_over_183_days").count("ongoing_over_365_days")
            .count("ended_spells")
            .stat("mean_ended_days", "ended_spells").stat("median_ended_days", "ended_spells")
            .count("ended_over_183_days")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month_end", "category", "provincie", "amv")
            .build();

    /** metrics.md, gold.care_continuity_monthly. */
    public static final TableDef CARE_CONTINUITY_MONTHLY = TableDef.builder(Layer.GOLD, "care_continuity_monthly")
            .time("month").dim("soort").dim("from_category").dim("amv")
            .countTotal("pairs", "continued", "transferred", "interrupted", "pending")
            .count("continued").count("transferred").count("interrupted").count("pending")
            .stat("median_transfer_gap_days", "transferred")
            .count("interrupted_external")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month", "soort", "from_category", "amv")
            .build();

    /** metrics.md, gold.amv_transition_monthly; {@code final} once B + 90 <= as_of for the whole month. */
    public static final TableDef AMV_TRANSITION_MONTHLY = TableDef.builder(Layer.GOLD, "amv_transition_monthly")
            .time("month").dim("category").dim("provincie")
            .count("turned_18").count("in_amv_reception_after_30d").count("moved_province_within_90d")
            .count("left_school_within_30d")
            .required("final", DataTypes.BooleanType)
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month", "category", "provincie")
            .build();

    /** metrics.md, gold.location_compliance, on as_of. */
    public static final TableDef LOCATION_COMPLIANCE = TableDef.builder(Layer.GOLD, "location_compliance")
            .time("as_of").dim("category")
            .recordCount("locations").recordCount("locations_with_minors").recordCount("locations_all_hard_met")
            .count("minors_at_locations_failing_hard")
            .stat("pct_school", "locations").stat("pct_gp", "locations").stat("pct_activities", "locations")
            .stat("pct_safeguarding_officer", "locations").stat("pct_child_contact", "locations")
            .stat("pct_privacy", "locations").stat("pct_cooking", "locations").stat("pct_play_space", "locations")
            .stat("pct_information", "locations").stat("pct_participation", "locations")
            .keys("as_of", "category")
            .build();

    /** metrics.md, gold.municipality_monthly. */
    public static final TableDef MUNICIPALITY_MONTHLY = TableDef.builder(Layer.GOLD, "municipality_monthly")
            .time("month_end").dim("gemeentecode")
            .count("school_age_present").count("arrivals").count("departures")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .keys("month_end", "gemeentecode")
            .build();

    /**
     * metrics.md, gold.kso_pipeline: latest status per lead on as_of by status, provincie and
     * afwijsreden ({@code NONE} for leads without one); {@code rejected_since_2024} counts the
     * AFGEWEZEN and ON_HOLD leads with a status date from 2024-01-01 (the Senate letter's table).
     */
    public static final TableDef KSO_PIPELINE = TableDef.builder(Layer.GOLD, "kso_pipeline")
            .time("as_of").dim("status").dim("provincie").dim("afwijsreden")
            .recordCount("leads").recordCount("places").recordCount("rejected_since_2024")
            .keys("as_of", "status", "provincie", "afwijsreden")
            .build();

    /** metrics.md, gold.headline: one row per as_of, the base counts of its statistics beside them. */
    public static final TableDef HEADLINE = TableDef.builder(Layer.GOLD, "headline")
            .time("as_of")
            .count("minors_in_reception").count("in_noodopvang").count("in_crisisnoodopvang")
            .count("amv_minors").count("amv_18plus_in_amv_reception").count("amv_turning_18_next_365d")
            .count("ongoing_emergency_spells")
            .stat("mean_ongoing_emergency_days", "ongoing_emergency_spells")
            .count("ongoing_emergency_over_183_days")
            .count("overdue_school")
            .count("school_decided_last_12m")
            .stat("pct_in_time_last_12m", "school_decided_last_12m")
            .count("moves_last_12m")
            .count("children_present_last_12m")
            .stat("moves_per_1000_days_last_12m", "children_present_last_12m").computedFrom("moves_last_12m")
            .count("care_interrupted_last_12m")
            .recordCount("inventoried_locations")
            .stat("pct_locations_participation", "inventoried_locations")
            .stat("linked_share", "minors_in_reception")
            .string("run_id")
            .keys("as_of")
            .build();

    /**
     * metrics.md, gold.data_quality, in long form: per source and delivery one row per item
     * ({@code rows_read}, {@code rows_accepted}, {@code rows_quarantined}, {@code quarantined_<REASON>},
     * {@code finding_<TYPE>}); findings without a delivery are dated by the latest delivery involved.
     */
    public static final TableDef DATA_QUALITY = TableDef.builder(Layer.GOLD, "data_quality")
            .time("delivery_date").dim("source").dim("item")
            .recordCount("rows")
            .keys("delivery_date", "source", "item")
            .build();

    public static List<TableDef> all() {
        return List.of(OCCUPANCY_MONTHLY, SCHOOL_ACCESS, MISSED_SCHOOL_MONTHLY, SCHOOL_WAIT_MONTHLY,
                RELOCATIONS_MONTHLY, RELOCATION_RATE_MONTHLY, EMERGENCY_STAY_MONTHLY, CARE_CONTINUITY_MONTHLY,
                AMV_TRANSITION_MONTHLY, LOCATION_COMPLIANCE, MUNICIPALITY_MONTHLY, KSO_PIPELINE, HEADLINE,
                DATA_QUALITY);
    }
}
