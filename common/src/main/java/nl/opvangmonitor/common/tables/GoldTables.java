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
    private static final String PROVISIONAL_TEXT = "true: later deliveries can still change this row (see the table "
            + "description)";
    private static final String PROVINCE_CODES = "province of the location; ALL = total";
    private static final String AMV_CODES = "J = unaccompanied minor (amv), N = not; ALL = total";

    /** metrics.md, gold.occupancy_monthly. */
    public static final TableDef OCCUPANCY_MONTHLY = TableDef.builder(Layer.GOLD, "occupancy_monthly")
            .time("month_end").dim("category").dim("opvangvorm").dim("provincie").dim("amv").dim("age_band")
            .count("persons")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .about("Children in reception on each month-end, by category, opvangvorm, province, amv and age band. "
                    + "Grain: one row per month-end and combination of dimension values. Provisional: the month of "
                    + "as_of (a partial month).")
            .describe("month_end", "date", "last day of the month, or as_of for the month of as_of")
            .describe("category", "code", "reception category of the location (REGULIER, NOODOPVANG, "
                    + "CRISISNOODOPVANG, AANMELDCENTRUM); ALL = total")
            .describe("opvangvorm", "code", "type of reception at the location (AZC, GEZINSLOCATIE, AMV, KSO, "
                    + "NIDOS_KLEINSCHALIG, NOODOPVANG, CRISISNOODOPVANG, AANMELDCENTRUM); ALL = total")
            .describe("provincie", "code", PROVINCE_CODES)
            .describe("amv", "code", AMV_CODES)
            .describe("age_band", "code", "age on the month-end: 0-3, 4-11, 12-17; 18+ only for amv aged 18 or more; "
                    + "ALL = total")
            .describe("persons", "persons", "children in reception on the month-end")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
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
            .about("Per application month (cohort), how many school-age children (5-17 on the application date A) "
                    + "got to school within the legal term (90 days, 60 from 12 June 2026), late, are still waiting, "
                    + "are overdue, left or cannot be linked, on as_of. Grain: one row per cohort month and "
                    + "combination of dimension values. Provisional: a cohort month whose latest possible deadline "
                    + "(A + term for A on the month's last day; 11 June + 90 for June 2026) is after as_of; its "
                    + "share in time is over the children decided so far.")
            .describe("cohort_month", "date", "first day of the month of the application date A")
            .describe("category", "code", "reception category on min(deadline, as_of) (REGULIER, NOODOPVANG, "
                    + "CRISISNOODOPVANG, AANMELDCENTRUM, ONBEKEND); ALL = total")
            .describe("provincie", "code", "province on min(deadline, as_of); ONBEKEND when in no stay; ALL = total")
            .describe("amv", "code", AMV_CODES)
            .describe("age_band", "code", "age on A: 5-11 or 12-17; ALL = total")
            .describe("children", "persons", "children in the cohort: the sum of the six status columns")
            .describe("unlinked", "persons", "without a bsn, so school cannot be seen: not counted as out of school")
            .describe("enrolled_in_time", "persons", "first school day on or before the deadline")
            .describe("enrolled_late", "persons", "first school day after the deadline")
            .describe("waiting_in_term", "persons", "no school yet, deadline not passed, still in reception on as_of")
            .describe("overdue", "persons", "no school, deadline passed, in reception on the deadline")
            .describe("left", "persons", "no school and no longer in reception on min(deadline, as_of)")
            .describe("within_42_days", "persons", "first school day within 42 days of A (the national six-week aim)")
            .describe("median_days_to_school", "days", "median days from A to the first school day")
            .describe("p90_days_to_school", "days", "90th percentile of days from A to the first school day")
            .describe("pct_in_time", "%", "enrolled_in_time / (enrolled_in_time + enrolled_late + overdue) x 100; "
                    + "empty when that base is 0")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
            .build();

    /**
     * metrics.md, gold.missed_school_monthly; {@code school_days} names the calendar the days were counted
     * on: {@code SCHOOL_CALENDAR} (the default) or {@code WEEKDAYS} ({@code --school-days weekdays}).
     */
    public static final TableDef MISSED_SCHOOL_MONTHLY = TableDef.builder(Layer.GOLD, "missed_school_monthly")
            .time("month").dim("category").dim("provincie").dim("amv").dim("age_band")
            .count("school_age_children").count("children_missing")
            .count("missed_days_initial").count("missed_days_relocation").count("missed_days_other")
            .count("relocation_gaps").count("children_with_relocation_gap").count("unlinked_children")
            .string("school_days")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .about("School days missed per month by linked school-age children in reception, by cause: before the "
                    + "first school day (initial), around a move (relocation), other. Grain: one row per month and "
                    + "combination of dimension values. Provisional: the month of as_of.")
            .describe("month", "date", "first day of the month")
            .describe("category", "code", "reception category of the location (REGULIER, NOODOPVANG, "
                    + "CRISISNOODOPVANG, AANMELDCENTRUM); ALL = total")
            .describe("provincie", "code", PROVINCE_CODES)
            .describe("amv", "code", AMV_CODES)
            .describe("age_band", "code", "age on the day: 5-11 or 12-17; ALL = total")
            .describe("school_age_children", "persons", "linked children with an in-scope school day in the month")
            .describe("children_missing", "persons", "of them, children with a missed school day")
            .describe("missed_days_initial", "school days", "missed days before the first school day")
            .describe("missed_days_relocation", "school days", "missed days in gaps starting within 14 days of a move")
            .describe("missed_days_other", "school days", "other missed days")
            .describe("relocation_gaps", "gaps", "relocation gaps starting in the month")
            .describe("children_with_relocation_gap", "persons", "children with a relocation gap starting in the month")
            .describe("unlinked_children", "persons", "unlinked school-age children in reception in the month, who "
                    + "cannot be measured")
            .describe("school_days", "code", "the days counted as school days: SCHOOL_CALENDAR (weekdays outside the "
                    + "public and school holidays of the child's school region) or WEEKDAYS (--school-days weekdays)")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
            .build();

    /** metrics.md, gold.school_wait_monthly. */
    public static final TableDef SCHOOL_WAIT_MONTHLY = TableDef.builder(Layer.GOLD, "school_wait_monthly")
            .time("month").dim("gemeentecode").dim("onderwijssoort")
            .count("enrolments")
            .stat("median_wait_days", "enrolments").stat("p90_wait_days", "enrolments")
            .count("over_30_days")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .about("The wait between a school application and the first school day, by month of the first school "
                    + "day, municipality of the school and type of education. Grain: one row per month, gemeentecode "
                    + "and onderwijssoort. Provisional: the month of as_of.")
            .describe("month", "date", "first day of the month of the first school day")
            .describe("gemeentecode", "code", "CBS code of the school's municipality (GMxxxx; see the code list); "
                    + "ALL = total")
            .describe("onderwijssoort", "code", "type of education (PO, VO, ISK, NIEUWKOMERSVOORZIENING, TNV, SO, "
                    + "VSO, MBO); ALL = total")
            .describe("enrolments", "enrolments", "enrolments with an application date")
            .describe("median_wait_days", "days", "median days from application to first school day")
            .describe("p90_wait_days", "days", "90th percentile of those days")
            .describe("over_30_days", "enrolments", "enrolments that waited more than 30 days")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
            .build();

    /** metrics.md, gold.relocations_monthly; intake placements (out of an aanmeldcentrum) in their own column. */
    public static final TableDef RELOCATIONS_MONTHLY = TableDef.builder(Layer.GOLD, "relocations_monthly")
            .time("month").dim("from_category").dim("to_category").dim("reden").dim("amv")
            .count("moves").count("children_moved").count("intake_placements")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .about("Moves of children between reception locations per month, by from- and to-category, reason and "
                    + "amv, with intake placements (out of the application centre) in a column of their own. Grain: "
                    + "one row per month and combination of dimension values. Provisional: the month of as_of.")
            .describe("month", "date", "first day of the month of the move")
            .describe("from_category", "code", "category of the location moved from; ALL = total")
            .describe("to_category", "code", "category of the location moved to; ALL = total")
            .describe("reden", "code", "COA's reason for the move (SLUITING_LOCATIE, DOORSTROOM_REGULIER, "
                    + "MEERDERJARIG, GEZINSHERENIGING, ZORG_OF_VEILIGHEID, CAPACITEIT, OVERIG); ALL = total")
            .describe("amv", "code", AMV_CODES)
            .describe("moves", "moves", "moves (a child can move more than once)")
            .describe("children_moved", "persons", "distinct children who moved")
            .describe("intake_placements", "moves", "placements out of an application centre, not counted as moves")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
            .build();

    /** metrics.md, gold.relocation_rate_monthly. */
    public static final TableDef RELOCATION_RATE_MONTHLY = TableDef.builder(Layer.GOLD, "relocation_rate_monthly")
            .time("month").dim("category").dim("amv").dim("age_band")
            .count("child_days").count("children_present").count("moves_out")
            .stat("moves_per_1000_days", "children_present").computedFrom("moves_out", "child_days")
            .count("children_at_month_end").count("children_3plus_moves_12m")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .about("Placement stability: moves per 1,000 child-days in reception (the US federal indicator) and "
                    + "children on the month-end with 3 or more moves in the past 365 days (the English "
                    + "looked-after-children statistic), by category, amv and age band. Grain: one row per month and "
                    + "combination of dimension values. Provisional: the month of as_of.")
            .describe("month", "date", "first day of the month")
            .describe("category", "code", "reception category of the location (REGULIER, NOODOPVANG, "
                    + "CRISISNOODOPVANG, AANMELDCENTRUM); ALL = total")
            .describe("amv", "code", AMV_CODES)
            .describe("age_band", "code", "age on the day: 0-3, 4-11, 12-17; ALL = total")
            .describe("child_days", "days", "days in the month on which a minor was in reception in the category")
            .describe("children_present", "persons", "distinct minors present in the month")
            .describe("moves_out", "moves", "moves out of a location of the category")
            .describe("moves_per_1000_days", "per 1,000 child-days", "moves_out / child_days x 1,000")
            .describe("children_at_month_end", "persons", "minors present on the month-end")
            .describe("children_3plus_moves_12m", "persons", "of them, with 3 or more moves in the 365 days to the "
                    + "month-end")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
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
            .about("How long children have been in emergency reception (noodopvang, crisisnoodopvang) on each "
                    + "month-end, and how long the stays that ended in the month lasted, with the numbers beyond 6 "
                    + "months and 1 year. Grain: one row per month-end and combination of dimension values. "
                    + "Provisional: the month of as_of.")
            .describe("month_end", "date", "last day of the month, or as_of")
            .describe("category", "code", "NOODOPVANG or CRISISNOODOPVANG on the month-end (ongoing) or on the last "
                    + "day (ended); ALL = total")
            .describe("provincie", "code", PROVINCE_CODES)
            .describe("amv", "code", AMV_CODES)
            .describe("ongoing_spells", "persons", "minors in an emergency spell on the month-end")
            .describe("mean_ongoing_days", "days", "mean length so far of those spells")
            .describe("median_ongoing_days", "days", "median length so far of those spells")
            .describe("ongoing_over_183_days", "persons", "of them, longer than 183 days (the 6-month maximum)")
            .describe("ongoing_over_365_days", "persons", "of them, longer than 365 days")
            .describe("ended_spells", "persons", "spells whose first day out falls in the month")
            .describe("mean_ended_days", "days", "mean length of the ended spells")
            .describe("median_ended_days", "days", "median length of the ended spells")
            .describe("ended_over_183_days", "persons", "ended spells longer than 183 days")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
            .build();

    /** metrics.md, gold.care_continuity_monthly. */
    public static final TableDef CARE_CONTINUITY_MONTHLY = TableDef.builder(Layer.GOLD, "care_continuity_monthly")
            .time("month").dim("soort").dim("from_category").dim("amv")
            .countTotal("pairs", "continued", "transferred", "interrupted", "pending")
            .count("continued").count("transferred").count("interrupted").count("pending")
            .stat("median_transfer_gap_days", "transferred")
            .count("interrupted_external")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .about("Youth care across moves to another municipality: for each care trajectory active at such a move, "
                    + "whether it continued, was transferred, was interrupted or is too early to tell. Grain: one "
                    + "row per month of the move and combination of dimension values; counts are (move, trajectory) "
                    + "pairs. Provisional: a month that can still hold pending pairs (until 60 days after its last "
                    + "day).")
            .describe("month", "date", "first day of the month of the move")
            .describe("soort", "code", "type of youth care (AMBULANT, VERBLIJF, JEUGDBESCHERMING, "
                    + "JEUGDRECLASSERING); ALL = total")
            .describe("from_category", "code", "category of the location moved from; ALL = total")
            .describe("amv", "code", AMV_CODES)
            .describe("pairs", "pairs", "(move, active trajectory) pairs: the sum of the four outcomes")
            .describe("continued", "pairs", "trajectory open or ending after the move + 30 days")
            .describe("transferred", "pairs", "trajectory ended within 30 days and a successor of the same type "
                    + "started within -7..+30 days")
            .describe("interrupted", "pairs", "trajectory ended within 30 days without a successor")
            .describe("pending", "pairs", "too early to tell on as_of")
            .describe("median_transfer_gap_days", "days", "median days between the end and the successor's start of "
                    + "transferred pairs")
            .describe("interrupted_external", "pairs", "interrupted pairs whose trajectory ended for external "
                    + "reasons (VOORTIJDIG_EXTERN)")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
            .build();

    /** metrics.md, gold.amv_transition_monthly; {@code final} once B + 90 <= as_of for the whole month. */
    public static final TableDef AMV_TRANSITION_MONTHLY = TableDef.builder(Layer.GOLD, "amv_transition_monthly")
            .time("month").dim("category").dim("provincie")
            .count("turned_18").count("in_amv_reception_after_30d").count("moved_province_within_90d")
            .count("left_school_within_30d")
            .required("final", DataTypes.BooleanType)
            .required(PROVISIONAL, DataTypes.BooleanType)
            .about("Unaccompanied minors turning 18 in reception per month, and how many were still in amv reception "
                    + "30 days later, moved province within 90 days, or left school within 30 days. Grain: one row "
                    + "per month of turning 18, category and province. Provisional: a month not yet final (90 "
                    + "days after the month's start).")
            .describe("month", "date", "first day of the month in which they turned 18")
            .describe("category", "code", "category on the day they turned 18; ALL = total")
            .describe("provincie", "code", "province on the day they turned 18; ALL = total")
            .describe("turned_18", "persons", "amv who turned 18 in reception in the month")
            .describe("in_amv_reception_after_30d", "persons", "still at an AMV or NIDOS_KLEINSCHALIG location 30 "
                    + "days later")
            .describe("moved_province_within_90d", "persons", "in reception in another province within 90 days")
            .describe("left_school_within_30d", "persons", "linked, enrolled the day before, not enrolled 30 days "
                    + "after")
            .describe("final", "yes/no", "true once 90 days have passed since the month's first day (everyone "
                    + "turns 18 on a first)")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
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
            .about("COA's ten child-friendliness criteria per location category, for the locations in use on as_of "
                    + "with their latest inventory. Grain: one row per as_of and category.")
            .describe("as_of", "date", "reporting date")
            .describe("category", "code", "reception category; ALL = total")
            .describe("locations", "locations", "inventoried locations in use on as_of")
            .describe("locations_with_minors", "locations", "of them, with minors present on as_of")
            .describe("locations_all_hard_met", "locations", "meeting every hard criterion")
            .describe("minors_at_locations_failing_hard", "persons", "minors on as_of at locations failing a hard "
                    + "criterion")
            .describe("pct_school", "%", "share of the inventoried locations meeting the criterion 'school'")
            .describe("pct_gp", "%", "share of the inventoried locations meeting the criterion 'gp'")
            .describe("pct_activities", "%", "share of the inventoried locations meeting the criterion 'activities'")
            .describe("pct_safeguarding_officer", "%", "share of the inventoried locations meeting the criterion "
                    + "'safeguarding officer'")
            .describe("pct_child_contact", "%", "share of the inventoried locations meeting the criterion 'child "
                    + "contact'")
            .describe("pct_privacy", "%", "share of the inventoried locations meeting the criterion 'privacy'")
            .describe("pct_cooking", "%", "share of the inventoried locations meeting the criterion 'cooking'")
            .describe("pct_play_space", "%", "share of the inventoried locations meeting the criterion 'play space'")
            .describe("pct_information", "%", "share of the inventoried locations meeting the criterion 'information'")
            .describe("pct_participation", "%", "share of the inventoried locations meeting the criterion "
                    + "'participation'")
            .build();

    /** metrics.md, gold.municipality_monthly. */
    public static final TableDef MUNICIPALITY_MONTHLY = TableDef.builder(Layer.GOLD, "municipality_monthly")
            .time("month_end").dim("gemeentecode")
            .count("school_age_present").count("arrivals").count("departures")
            .required(PROVISIONAL, DataTypes.BooleanType)
            .about("School-age children present, arriving and departing per municipality and month, the figures "
                    + "municipalities plan school places on. Grain: one row per month-end and gemeentecode. "
                    + "Provisional: the month of as_of.")
            .describe("month_end", "date", "last day of the month, or as_of")
            .describe("gemeentecode", "code", "CBS code of the location's municipality (GMxxxx; see the code list); "
                    + "ALL = total")
            .describe("school_age_present", "persons", "children aged 5-17 present on the month-end")
            .describe("arrivals", "persons", "school-age children whose stay in the municipality starts in the month")
            .describe("departures", "persons", "school-age children whose stay in the municipality ends in the month")
            .describe(PROVISIONAL, "yes/no", PROVISIONAL_TEXT)
            .build();

    /**
     * metrics.md, gold.kso_pipeline: latest status per lead on as_of by status, provincie and
     * afwijsreden ({@code NONE} for leads without one); {@code rejected_since_2024} counts the
     * AFGEWEZEN and ON_HOLD leads with a status date from 2024-01-01 (the Senate letter's table).
     */
    public static final TableDef KSO_PIPELINE = TableDef.builder(Layer.GOLD, "kso_pipeline")
            .time("as_of").dim("status").dim("provincie").dim("afwijsreden")
            .recordCount("leads").recordCount("places").recordCount("rejected_since_2024")
            .about("The small-scale-location (KSO) pipeline on as_of: leads by latest status, province and rejection "
                    + "reason. Grain: one row per as_of, status, provincie and afwijsreden.")
            .describe("as_of", "date", "reporting date")
            .describe("status", "code", "latest status of the lead (LEAD, IN_ONTWIKKELING, IN_GEBRUIK, AFGEWEZEN, "
                    + "ON_HOLD); ALL = total")
            .describe("provincie", "code", "province of the lead; ALL = total")
            .describe("afwijsreden", "code", "rejection reason; NONE for leads without one; ALL = total")
            .describe("leads", "leads", "leads")
            .describe("places", "places", "places the leads offer")
            .describe("rejected_since_2024", "leads", "AFGEWEZEN and ON_HOLD leads with a status date from 2024-01-01")
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
            .about("The figures of the letters to parliament, one row per as_of, with the base counts of each "
                    + "statistic beside it.")
            .describe("as_of", "date", "reporting date")
            .describe("minors_in_reception", "persons", "minors in reception on as_of")
            .describe("in_noodopvang", "persons", "of them in noodopvang")
            .describe("in_crisisnoodopvang", "persons", "of them in crisisnoodopvang")
            .describe("amv_minors", "persons", "unaccompanied minors in reception")
            .describe("amv_18plus_in_amv_reception", "persons", "amv aged 18 or more still in amv reception")
            .describe("amv_turning_18_next_365d", "persons", "amv in reception who turn 18 in the next 365 days")
            .describe("ongoing_emergency_spells", "persons", "minors in an emergency spell on as_of")
            .describe("mean_ongoing_emergency_days", "days", "mean length so far of those spells")
            .describe("ongoing_emergency_over_183_days", "persons", "of them, longer than 183 days")
            .describe("overdue_school", "persons", "overdue for school and still in reception on as_of")
            .describe("school_decided_last_12m", "persons", "children of the cohorts whose deadline fell in the last "
                    + "365 days, in time, late or overdue")
            .describe("pct_in_time_last_12m", "%", "share of them in school in time")
            .describe("moves_last_12m", "moves", "moves in the last 365 days")
            .describe("children_present_last_12m", "persons", "minors in reception in the last 365 days")
            .describe("moves_per_1000_days_last_12m", "per 1,000 child-days", "moves per 1,000 child-days in the "
                    + "last 365 days")
            .describe("care_interrupted_last_12m", "pairs", "youth-care trajectories interrupted at a move in the "
                    + "last 365 days")
            .describe("inventoried_locations", "locations", "locations with an inventory in use on as_of")
            .describe("pct_locations_participation", "%", "share of them meeting the participation criterion")
            .describe("linked_share", "%", "share of the minors in reception on as_of with a bsn (school and care "
                    + "figures see only them)")
            .describe("run_id", "text", "the metrics run that wrote the row")
            .build();

    /**
     * metrics.md, gold.data_quality, in long form: per source and delivery one row per item
     * ({@code rows_read}, {@code rows_accepted}, {@code rows_quarantined}, {@code quarantined_<REASON>},
     * {@code finding_<TYPE>}); findings without a delivery are dated by the latest delivery involved.
     */
    public static final TableDef DATA_QUALITY = TableDef.builder(Layer.GOLD, "data_quality")
            .time("delivery_date").dim("source").dim("item")
            .recordCount("rows")
            .about("Data quality per source and delivery: rows read, accepted and quarantined (per reason), and the "
                    + "quality findings that are not rejections. Grain: one row per delivery date, source and item.")
            .describe("delivery_date", "date", "date of the delivery")
            .describe("source", "code", "the source extract (coa_bewoning, coa_locaties, ...); ALL = total")
            .describe("item", "code", "rows_read, rows_accepted, rows_quarantined, quarantined_<REASON> or "
                    + "finding_<TYPE>; ALL = total")
            .describe("rows", "rows", "rows of the item")
            .build();

    public static List<TableDef> all() {
        return List.of(OCCUPANCY_MONTHLY, SCHOOL_ACCESS, MISSED_SCHOOL_MONTHLY, SCHOOL_WAIT_MONTHLY,
                RELOCATIONS_MONTHLY, RELOCATION_RATE_MONTHLY, EMERGENCY_STAY_MONTHLY, CARE_CONTINUITY_MONTHLY,
                AMV_TRANSITION_MONTHLY, LOCATION_COMPLIANCE, MUNICIPALITY_MONTHLY, KSO_PIPELINE, HEADLINE,
                DATA_QUALITY);
    }
}
