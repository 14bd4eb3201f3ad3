package nl.opvangmonitor.common.tables;

import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataTypes;

/**
 * Silver: one clean, current picture per key, built from the bronze history (latest delivery
 * wins), pseudonymised, with the birth date reduced to the birth month (privacy.md). Per-child
 * facts that the gold tables aggregate live here too.
 */
public final class SilverTables {
    private SilverTables() {
    }

    /** One row per person (child_id = vnummer pseudonym). */
    public static final TableDef PERSONS = TableDef.builder(Layer.SILVER, "persons")
            .string("child_id")
            .optional("bsn_id", DataTypes.StringType)
            .date("birth_month")
            .required("amv", DataTypes.BooleanType)
            .optional("family_id", DataTypes.StringType)
            .date("application_date")
            .date("delivery_date")
            .keys("child_id")
            .build();

    /** Reception locations with their category (data-contract.md, coa_locaties). */
    public static final TableDef LOCATIONS = TableDef.builder(Layer.SILVER, "locations")
            .string("location_code")
            .string("name")
            .string("gemeentecode")
            .string("gemeentenaam")
            .string("provincie")
            .string("opvangvorm")
            .string("category")
            .required("capacity", DataTypes.IntegerType)
            .date("open_date")
            .optional("close_date", DataTypes.DateType)
            .date("delivery_date")
            .keys("location_code")
            .build();

    /** COA's inventory rounds: ten J/N criteria per location and peildatum. */
    public static final TableDef LOCATION_INVENTORY = TableDef.builder(Layer.SILVER, "location_inventory")
            .string("location_code")
            .date("inventory_date")
            .required("school", DataTypes.BooleanType)
            .required("gp", DataTypes.BooleanType)
            .required("activities", DataTypes.BooleanType)
            .required("safeguarding_officer", DataTypes.BooleanType)
            .required("child_contact", DataTypes.BooleanType)
            .required("privacy", DataTypes.BooleanType)
            .required("cooking", DataTypes.BooleanType)
            .required("play_space", DataTypes.BooleanType)
            .required("information", DataTypes.BooleanType)
            .required("participation", DataTypes.BooleanType)
            .date("delivery_date")
            .keys("location_code", "inventory_date")
            .build();

    /** The five hard criteria of the COA inventory, then the five soft ones. */
    public static final List<String> HARD_CRITERIA = List.of("school", "gp", "activities", "safeguarding_officer",
            "child_contact");
    public static final List<String> SOFT_CRITERIA = List.of("privacy", "cooking", "play_space", "information",
            "participation");

    /** Status history of small-scale reception leads: one row per lead and status date. */
    public static final TableDef KSO_LEADS = TableDef.builder(Layer.SILVER, "kso_leads")
            .string("lead_id")
            .string("gemeentecode")
            .string("provincie")
            .required("capacity", DataTypes.IntegerType)
            .string("status")
            .date("status_date")
            .optional("rejection_reason", DataTypes.StringType)
            .date("delivery_date")
            .keys("lead_id", "status_date")
            .build();

    /** Stays of persons at locations: covers start_date <= d < end_date (open: up to as_of). */
    public static final TableDef STAYS = TableDef.builder(Layer.SILVER, "stays")
            .string("child_id")
            .string("location_code")
            .date("start_date")
            .optional("end_date", DataTypes.DateType)
            .date("delivery_date")
            .keys("child_id", "location_code", "start_date")
            .build();

    /** Relocations between locations, as COA registered them. */
    public static final TableDef RELOCATIONS = TableDef.builder(Layer.SILVER, "relocations")
            .string("child_id")
            .date("move_date")
            .string("from_location")
            .string("to_location")
            .string("reason")
            .date("delivery_date")
            .keys("child_id", "move_date", "from_location")
            .build();

    /** School registrations; pupil_id is the bsn pseudonym, or the onderwijsnummer pseudonym without bsn. */
    public static final TableDef ENROLMENTS = TableDef.builder(Layer.SILVER, "enrolments")
            .string("pupil_id")
            .optional("bsn_id", DataTypes.StringType)
            .string("brin")
            .string("gemeentecode")
            .string("onderwijssoort")
            .optional("school_application_date", DataTypes.DateType)
            .date("start_date")
            .optional("end_date", DataTypes.DateType)
            .optional("end_reason", DataTypes.StringType)
            .date("delivery_date")
            .keys("pupil_id", "brin", "start_date")
            .build();

    /**
     * Youth-care trajectories after merging overlapping ones of one person with the same soort at
     * the same provider (as the youth-care statistics do); the merged row keeps the earliest start,
     * the latest end (open if any part is open) and the end reason of the part that ends last.
     */
    public static final TableDef CARE_TRAJECTORIES = TableDef.builder(Layer.SILVER, "care_trajectories")
            .string("bsn_id")
            .string("gemeentecode")
            .string("provider")
            .string("soort")
            .date("start_date")
            .optional("end_date", DataTypes.DateType)
            .optional("end_reason", DataTypes.StringType)
            .date("delivery_date")
            .keys("bsn_id", "provider", "soort", "start_date")
            .build();

    /** Inconsistencies that are accepted but reported, each with the keys it concerns. */
    public static final TableDef QUALITY_FINDINGS = TableDef.builder(Layer.SILVER, "quality_findings")
            .string("finding_type")
            .string("source")
            .string("finding_key")
            .optional("detail", DataTypes.StringType)
            .optional("delivery_date", DataTypes.DateType)
            .keys("finding_type", "source", "finding_key")
            .build();

    public static List<TableDef> conformed() {
        return List.of(PERSONS, LOCATIONS, LOCATION_INVENTORY, KSO_LEADS, STAYS, RELOCATIONS, ENROLMENTS,
                CARE_TRAJECTORIES, QUALITY_FINDINGS);
    }

    /** Every silver table: the conformed ones and the per-child facts. */
    public static List<TableDef> all() {
        return Stream.concat(conformed().stream(), SilverFactTables.all().stream()).toList();
    }
}
