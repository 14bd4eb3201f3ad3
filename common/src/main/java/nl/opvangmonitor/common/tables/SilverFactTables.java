package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/**
 * The per-child fact tables of silver (metrics.md): computed by the metrics step from the conformed tables,
 * read by the gold tables, declared here with every other table so that sql, the privacy scans and the
 * reliability tests see them.
 */
public final class SilverFactTables {
    /**
     * Per amv child turning 18 up to as_of: the 18th birthday, the place then, and what followed (reception after
     * 30 days, a province move within 90, school left within 30).
     */
    public static final TableDef AMV_TRANSITIONS = TableDef.builder(Layer.SILVER, "amv_transitions")
            .string("child_id")
            .date("birthday_18")
            .string("category")
            .string("opvangvorm")
            .string("provincie")
            .required("linked", DataTypes.BooleanType)
            .optional("in_amv_reception_after_30d", DataTypes.BooleanType)
            .optional("moved_province_within_90d", DataTypes.BooleanType)
            .optional("left_school_within_30d", DataTypes.BooleanType)
            .keys("child_id")
            .build();

    /**
     * Per child, each spell of consecutive stays in emergency reception (noodopvang, crisisnoodopvang), ongoing or
     * ended, with its length in days.
     */
    public static final TableDef EMERGENCY_SPELLS = TableDef.builder(Layer.SILVER, "emergency_spells")
            .string("child_id")
            .date("spell_start")
            .date("spell_end")
            .required("ongoing", DataTypes.BooleanType)
            .required("days", DataTypes.IntegerType)
            .string("last_category")
            .string("last_provincie")
            .date("birth_month")
            .required("amv", DataTypes.BooleanType)
            .keys("child_id", "spell_start")
            .build();

    /**
     * Relocations of minors up to as_of with both locations' attributes (metrics.md, "Move"); intake placements
     * out of an aanmeldcentrum flagged.
     */
    public static final TableDef MOVES = TableDef.builder(Layer.SILVER, "moves")
            .string("child_id")
            .date("move_date")
            .string("reason")
            .required("intake", DataTypes.BooleanType)
            .string("from_location").string("from_category").string("from_gemeentecode").string("from_provincie")
            .string("to_location").string("to_category").string("to_gemeentecode").string("to_provincie")
            .required("age", DataTypes.IntegerType)
            .required("amv", DataTypes.BooleanType)
            .optional("bsn_id", DataTypes.StringType)
            .keys("child_id", "move_date", "from_location")
            .build();

    /**
     * Per child, the pieces of each stay over which the location's attributes (category, opvangvorm, place) do not
     * change.
     */
    public static final TableDef RESIDENCE_SEGMENTS = TableDef.builder(Layer.SILVER, "residence_segments")
            .string("child_id")
            .string("location_code")
            .date("stay_start")
            .date("seg_start")
            .date("seg_end")
            .required("stay_open", DataTypes.BooleanType)
            .string("category")
            .string("opvangvorm")
            .string("gemeentecode")
            .string("provincie")
            .date("birth_month")
            .required("amv", DataTypes.BooleanType)
            .optional("bsn_id", DataTypes.StringType)
            .date("application_date")
            .keys("child_id", "seg_start")
            .build();

    /**
     * Per school-age child in reception, each period without a school registration, with its missed school days by
     * cause.
     */
    public static final TableDef SCHOOL_GAPS = TableDef.builder(Layer.SILVER, "school_gaps")
            .string("child_id")
            .date("gap_start")
            .date("gap_end")
            .required("missed_days", DataTypes.LongType)
            .required("missed_days_initial", DataTypes.LongType)
            .required("missed_days_relocation", DataTypes.LongType)
            .required("missed_days_other", DataTypes.LongType)
            .string("cause")
            .string("category")
            .string("provincie")
            .required("amv", DataTypes.BooleanType)
            .string("age_band")
            .keys("child_id", "gap_start")
            .build();

    /**
     * Per child and month, the school days in scope and those missed by cause (initial, relocation, other), with
     * the relocation gaps.
     */
    public static final TableDef SCHOOL_DAYS_MONTHLY = TableDef.builder(Layer.SILVER, "school_days_monthly")
            .string("child_id")
            .date("month")
            .string("category")
            .string("provincie")
            .required("amv", DataTypes.BooleanType)
            .string("age_band")
            .required("linked", DataTypes.BooleanType)
            .required("in_scope_days", DataTypes.LongType)
            .required("missed_days_initial", DataTypes.LongType)
            .required("missed_days_relocation", DataTypes.LongType)
            .required("missed_days_other", DataTypes.LongType)
            .required("relocation_gaps", DataTypes.LongType)
            .keys("child_id", "month", "category", "provincie", "age_band")
            .build();

    /**
     * One row per school-access cohort child (5..17 on the application date): term, deadline, first school day,
     * status on as_of and place.
     */
    public static final TableDef SCHOOL_ACCESS_FACTS = TableDef.builder(Layer.SILVER, "school_access_facts")
            .string("child_id")
            .date("application_date")
            .date("cohort_month")
            .required("age_on_application", DataTypes.IntegerType)
            .string("age_band")
            .required("amv", DataTypes.BooleanType)
            .required("linked", DataTypes.BooleanType)
            .required("term_days", DataTypes.IntegerType)
            .date("deadline")
            .optional("first_school_day", DataTypes.DateType)
            .optional("days_to_school", DataTypes.IntegerType)
            .required("within_42_days", DataTypes.BooleanType)
            .string("status")
            .string("category")
            .string("provincie")
            .required("in_reception_on_as_of", DataTypes.BooleanType)
            .keys("child_id")
            .build();

    /**
     * Per child, the intervals of missed school days with the place, school region and cause of the gap they
     * belong to.
     */
    public static final TableDef MISSED_SCHOOL_INTERVALS = TableDef.builder(Layer.SILVER, "missed_school_intervals")
            .string("child_id")
            .date("interval_start")
            .date("interval_end")
            .required("missed_days", DataTypes.LongType)
            .string("category")
            .string("provincie")
            .string("school_region")
            .required("amv", DataTypes.BooleanType)
            .string("age_band")
            .date("gap_start")
            .string("cause")
            .keys("child_id", "interval_start")
            .build();

    /**
     * Per move of a child with youth care, each running trajectory and what became of it (continued, interrupted,
     * transferred), with the gap in days.
     */
    public static final TableDef CARE_MOVE_OUTCOMES = TableDef.builder(Layer.SILVER, "care_move_outcomes")
            .string("child_id")
            .date("move_date")
            .string("from_location")
            .string("from_category")
            .string("from_gemeentecode")
            .string("to_gemeentecode")
            .required("amv", DataTypes.BooleanType)
            .string("bsn_id")
            .string("provider")
            .string("soort")
            .date("trajectory_start")
            .optional("trajectory_end", DataTypes.DateType)
            .optional("end_reason", DataTypes.StringType)
            .optional("successor_start", DataTypes.DateType)
            .optional("gap_days", DataTypes.IntegerType)
            .string("outcome")
            .keys("child_id", "move_date", "from_location", "provider", "soort", "trajectory_start")
            .build();

    private SilverFactTables() {
    }

    /** The facts in the order the metrics step computes them (each reads only those before it). */
    public static List<TableDef> all() {
        return List.of(RESIDENCE_SEGMENTS, MOVES, EMERGENCY_SPELLS, AMV_TRANSITIONS, SCHOOL_ACCESS_FACTS,
                MISSED_SCHOOL_INTERVALS, SCHOOL_GAPS, SCHOOL_DAYS_MONTHLY, CARE_MOVE_OUTCOMES);
    }
}
