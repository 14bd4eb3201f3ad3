package nl.opvangmonitor.jobs.conform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import nl.opvangmonitor.common.tables.BronzeTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The rows of silver.quality_findings, one function per {@link FindingType}. A finding's key joins
 * the keys of the records it concerns with {@code |} (pseudonyms, location codes, dates: never a
 * raw identifier); its delivery date is that of the latest record involved.
 */
public final class QualityFindings {
    private QualityFindings() {
    }

    private static final String SEPARATOR = "|";
    private static final Column OPEN_END = to_date(lit("9999-12-31"));
    /** The person attributes compared between rows (bsn separately: null to a value is normal). */
    private static final List<String> PERSON_ATTRIBUTES = List.of("birth_date", "amv", "family_id", "application_date");

    /** Every finding type, from the silver tables and the bronze occupancy history. */
    public static Dataset<Row> all(Dataset<Row> bewoningHistory, Dataset<Row> persons, Dataset<Row> stays,
                                   Dataset<Row> relocations, Dataset<Row> enrolments, Dataset<Row> care) {
        return overlappingStays(stays)
                .unionByName(relocationsWithoutStays(relocations, stays))
                .unionByName(changedPersonAttributes(bewoningHistory))
                .unionByName(enrolmentsUnlinked(enrolments, persons))
                .unionByName(careUnlinked(care, persons))
                .unionByName(personsWithoutBsn(persons));
    }

    /**
     * Pairs of stays of one person that share a day: max(starts) < min(ends), an open stay ending
     * never. Touching stays (one ends the day the other starts) do not overlap.
     */
    public static Dataset<Row> overlappingStays(Dataset<Row> stays) {
        Dataset<Row> a = stays.select(col("child_id"), col("location_code").as("a_location"),
                col("start_date").as("a_start"), col("end_date").as("a_end"), col("delivery_date").as("a_delivery"));
        Dataset<Row> b = stays.select(col("child_id").as("b_child"), col("location_code").as("b_location"),
                col("start_date").as("b_start"), col("end_date").as("b_end"), col("delivery_date").as("b_delivery"));
        Column firstOfPair = col("a_start").lt(col("b_start"))
                .or(col("a_start").equalTo(col("b_start")).and(col("a_location").lt(col("b_location"))));
        Column overlap = greatest(col("a_start"), col("b_start"))
                .lt(least(coalesce(col("a_end"), OPEN_END), coalesce(col("b_end"), OPEN_END)));
        return a.join(b, col("child_id").equalTo(col("b_child")).and(firstOfPair).and(overlap))
                .select(finding(FindingType.OVERLAPPING_STAYS,
                        concat_ws(SEPARATOR, col("child_id"), col("a_location"), col("a_start"),
                                col("b_location"), col("b_start")),
                        concat_ws(" ", stayText("a"), lit("overlaps"), stayText("b")),
                        greatest(col("a_delivery"), col("b_delivery"))));
    }

    /**
     * Relocations without a stay at the from-location ending, and a stay at the to-location starting,
     * on the move date (one day either way). The records involved are the relocation and the
     * person's stays at either location.
     */
    public static Dataset<Row> relocationsWithoutStays(Dataset<Row> relocations, Dataset<Row> stays) {
        Dataset<Row> s = stays.select(col("child_id").as("s_child"), col("location_code").as("s_location"),
                col("start_date").as("s_start"), col("end_date").as("s_end"), col("delivery_date").as("s_delivery"));
        Column oneDay = lit(1);
        Column endsAtFrom = col("s_location").equalTo(col("from_location"))
                .and(abs(datediff(col("s_end"), col("move_date"))).leq(oneDay));
        Column startsAtTo = col("s_location").equalTo(col("to_location"))
                .and(abs(datediff(col("s_start"), col("move_date"))).leq(oneDay));
        Dataset<Row> matched = relocations
                .join(s, col("child_id").equalTo(col("s_child"))
                        .and(col("s_location").equalTo(col("from_location")).or(col("s_location").equalTo(col("to_location")))),
                        "left")
                .groupBy(col("child_id"), col("move_date"), col("from_location"), col("to_location"))
                .agg(coalesce(max(endsAtFrom), lit(false)).as("ends_at_from"),
                        coalesce(max(startsAtTo), lit(false)).as("starts_at_to"),
                        greatest(max(col("delivery_date")), max(col("s_delivery"))).as("latest_delivery"));
        return matched.filter(not(col("ends_at_from").and(col("starts_at_to"))))
                .select(finding(FindingType.RELOCATION_WITHOUT_STAYS,
                        concat_ws(SEPARATOR, col("child_id"), col("move_date"), col("from_location")),
                        concat_ws("; ",
                                when(not(col("ends_at_from")),
                                        concat_ws(" ", lit("no stay ending at"), col("from_location"))),
                                when(not(col("starts_at_to")),
                                        concat_ws(" ", lit("no stay starting at"), col("to_location")))),
                        col("latest_delivery")));
    }

    /**
     * Persons whose attributes change between their bronze rows in delivery order: birth date, amv,
     * family or application date differ from the previous row, or a bsn differs from the previous
     * non-null bsn. Dated by the delivery of the last change; the detail names the attributes.
     */
    public static Dataset<Row> changedPersonAttributes(Dataset<Row> bewoningHistory) {
        WindowSpec inDeliveryOrder = Window.partitionBy(col("child_id"))
                .orderBy(col(BronzeTables.DELIVERY_DATE), col(BronzeTables.SOURCE_FILE), col(BronzeTables.LINE_NUMBER));
        Column notFirst = row_number().over(inDeliveryOrder).gt(1);
        Dataset<Row> changes = bewoningHistory;
        for (String attribute : PERSON_ATTRIBUTES) {
            changes = changes.withColumn(changedFlag(attribute),
                    notFirst.and(not(col(attribute).eqNullSafe(lag(col(attribute), 1).over(inDeliveryOrder)))));
        }
        Column previousBsn = lag(col("bsn_id"), 1, null, true).over(inDeliveryOrder);
        changes = changes.withColumn(changedFlag("bsn_id"), coalesce(col("bsn_id").notEqual(previousBsn), lit(false)));

        List<String> compared = new java.util.ArrayList<>(PERSON_ATTRIBUTES);
        compared.add("bsn_id");
        Column anyChange = compared.stream().map(a -> col(changedFlag(a))).reduce(Column::or).orElseThrow();
        Column[] perAttribute = compared.stream().map(a -> max(col(changedFlag(a))).as(a)).toArray(Column[]::new);
        Column[] namesOfChanged = compared.stream().map(a -> when(col(a), lit(a))).toArray(Column[]::new);
        return changes.filter(anyChange)
                .groupBy(col("child_id"))
                .agg(max(col(BronzeTables.DELIVERY_DATE)).as("last_change"), perAttribute)
                .select(finding(FindingType.CHANGED_PERSON_ATTRIBUTE, col("child_id"),
                        concat_ws(",", namesOfChanged), col("last_change")));
    }

    /** School registrations with a bsn pseudonym that is no person's (latest non-null) bsn. */
    public static Dataset<Row> enrolmentsUnlinked(Dataset<Row> enrolments, Dataset<Row> persons) {
        return enrolments.filter(col("bsn_id").isNotNull())
                .join(personBsns(persons), col("bsn_id").equalTo(col("person_bsn")), "left_anti")
                .select(finding(FindingType.ENROLMENT_UNLINKED,
                        concat_ws(SEPARATOR, col("pupil_id"), col("brin"), col("start_date")),
                        lit("no person with this bsn"), col("delivery_date")));
    }

    /** (Merged) youth-care trajectories whose bsn pseudonym is no person's (latest non-null) bsn. */
    public static Dataset<Row> careUnlinked(Dataset<Row> care, Dataset<Row> persons) {
        return care.join(personBsns(persons), col("bsn_id").equalTo(col("person_bsn")), "left_anti")
                .select(finding(FindingType.CARE_UNLINKED,
                        concat_ws(SEPARATOR, col("bsn_id"), col("provider"), col("soort"), col("start_date")),
                        lit("no person with this bsn"), col("delivery_date")));
    }

    /** Persons without a bsn in any delivery, dated by their latest delivery. */
    public static Dataset<Row> personsWithoutBsn(Dataset<Row> persons) {
        return persons.filter(col("bsn_id").isNull())
                .select(finding(FindingType.PERSON_WITHOUT_BSN, col("child_id"),
                        lit("no bsn delivered"), col("delivery_date")));
    }

    private static Dataset<Row> personBsns(Dataset<Row> persons) {
        return persons.filter(col("bsn_id").isNotNull()).select(col("bsn_id").as("person_bsn")).distinct();
    }

    private static String changedFlag(String attribute) {
        return "_changed_" + attribute;
    }

    /** {@code L0042 2026-01-01..2026-03-01} (or {@code ..open}) for the a- or b-side of a stay pair. */
    private static Column stayText(String side) {
        return concat_ws("", col(side + "_location"), lit(" "), col(side + "_start"), lit(".."),
                coalesce(col(side + "_end").cast("string"), lit("open")));
    }

    /** The columns of silver.quality_findings, in declared order. */
    private static Column[] finding(FindingType type, Column key, Column detail, Column deliveryDate) {
        return new Column[] {lit(type.name()).as("finding_type"), lit(type.source().folder()).as("source"),
                key.as("finding_key"), detail.as("detail"), deliveryDate.as("delivery_date")};
    }
}
