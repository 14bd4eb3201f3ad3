package nl.opvangmonitor.jobs.metrics.school;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.MetricsJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in scale run ({@code -Dschool.scale.persons=100000}): writes synthetic silver tables of that
 * many persons (2023-07 .. 2026-06 applications, 1-5 stays each, 400 locations, enrolments per
 * stay) to a temporary lake, runs the whole metrics job on as_of 30 Jun 2026, prints the time per
 * table (stderr progress lines) and checks invariants that must hold at any scale. Skipped in the
 * normal build: it measures, it does not replace the hand-computed tests.
 */
class SchoolScaleTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @TempDir
    Path lakeDir;

    @Test
    void theSchoolTablesAddUpAtScale() {
        long persons = Long.getLong("school.scale.persons", 0);
        Assumptions.assumeTrue(persons > 0, "set -Dschool.scale.persons=N to run");
        SparkSession spark = SharedSpark.spark();
        String partitions = spark.conf().get("spark.sql.shuffle.partitions");
        spark.conf().set("spark.sql.shuffle.partitions", System.getProperty("school.scale.partitions", "8"));
        try {
            Lake lake = new Lake(spark, lakeDir.toUri().toString(), "scale-test");
            writeSilver(lake, persons);
            long start = System.nanoTime();
            MetricsJob.run(lake, AS_OF);
            System.out.printf("school scale: %,d persons, metrics job %.1f s%n", persons,
                    (System.nanoTime() - start) / 1e9);
            checkInvariants(lake);
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", partitions);
        }
    }

    private static void checkInvariants(Lake lake) {
        Dataset<Row> monthly = lake.read(SilverFactTables.SCHOOL_DAYS_MONTHLY);
        Column missed = col("missed_days_initial").plus(col("missed_days_relocation")).plus(col("missed_days_other"));
        assertEquals(0, monthly.where(missed.gt(col("in_scope_days"))).count(), "missed days beyond in-scope days");
        assertEquals(0, monthly.where(not(col("linked")).and(missed.gt(0))).count(), "unlinked children measured");

        Row intervals = lake.read(SilverFactTables.MISSED_SCHOOL_INTERVALS).agg(sum("missed_days")).head();
        Row gaps = lake.read(SilverFactTables.SCHOOL_GAPS).agg(sum("missed_days"),
                sum(col("missed_days_initial").plus(col("missed_days_relocation")).plus(col("missed_days_other"))))
                .head();
        Row months = monthly.agg(sum(missed)).head();
        assertEquals(intervals.getLong(0), gaps.getLong(0), "gap days = interval days");
        assertEquals(gaps.getLong(0), gaps.getLong(1), "gap days = sum over causes");
        assertEquals(gaps.getLong(0), months.getLong(0), "monthly days = interval days");

        Row access = lake.read(GoldTables.SCHOOL_ACCESS)
                .where("category = 'ALL' and provincie = 'ALL' and amv = 'ALL' and age_band = 'ALL'")
                .agg(sum("children"), sum(col("unlinked").plus(col("enrolled_in_time")).plus(col("enrolled_late"))
                        .plus(col("waiting_in_term")).plus(col("overdue")).plus(col("left")))).head();
        assertEquals(access.getLong(0), access.getLong(1), "every cohort child has exactly one status");
        long cohort = lake.read(SilverFactTables.SCHOOL_ACCESS_FACTS).where(col("cohort_month").geq(lit("2024-01-01"))).count();
        assertEquals(cohort, access.getLong(0), "gold children = cohort facts");

        Row goldDays = lake.read(GoldTables.MISSED_SCHOOL_MONTHLY)
                .where("category = 'ALL' and provincie = 'ALL' and amv = 'ALL' and age_band = 'ALL'")
                .agg(sum(col("missed_days_initial").plus(col("missed_days_relocation")).plus(col("missed_days_other"))))
                .head();
        assertEquals(monthly.where(col("month").geq(lit("2024-01-01"))).agg(sum(missed)).head().getLong(0),
                goldDays.getLong(0), "gold missed days = facts");
        System.out.printf("school scale: %,d cohort children, %,d missed days, %,d gaps, %,d missed intervals, "
                        + "%,d child-month rows%n", cohort, goldDays.getLong(0), lake.read(SilverFactTables.SCHOOL_GAPS).count(),
                lake.read(SilverFactTables.MISSED_SCHOOL_INTERVALS).count(), monthly.count());
    }

    /** Synthetic silver tables, deterministic per person id (hash-based draws); the others empty. */
    private static void writeSilver(Lake lake, long n) {
        SparkSession spark = lake.spark();
        lake.overwrite(SilverTables.LOCATIONS, locations(spark));
        Dataset<Row> ids = spark.range(n).withColumnRenamed("id", "pid");
        Dataset<Row> persons = ids.select(
                concat(lit("p"), col("pid")).as("child_id"),
                when(draw(1, 10).lt(9), concat(lit("b"), col("pid"))).as("bsn_id"),
                add_months(lit(java.sql.Date.valueOf("2006-01-01")), draw(2, 12 * 19)).as("birth_month"),
                draw(3, 100).lt(15).as("amv"),
                lit(null).cast("string").as("family_id"),
                date_add(lit(java.sql.Date.valueOf("2023-07-01")), draw(4, 1096)).as("application_date"),
                lit(java.sql.Date.valueOf(AS_OF)).as("delivery_date"),
                col("pid"));
        lake.overwrite(SilverTables.PERSONS, persons);

        Column i = col("i");
        Dataset<Row> stays = persons.select(col("child_id"), col("bsn_id"), col("application_date"), col("pid"),
                        explode(sequence(lit(0), draw(5, 5))).as("i"))
                .withColumn("duration", when(i.equalTo(0), lit(3).plus(drawAt(6, 20)))
                        .otherwise(lit(20).plus(drawAt(7, 300))))
                .withColumn("offset", coalesce(sum("duration").over(Window.partitionBy("child_id").orderBy("i")
                        .rowsBetween(Window.unboundedPreceding(), -1)), lit(0L)))
                .withColumn("last", i.equalTo(max("i").over(Window.partitionBy("child_id"))))
                // 2% of later stays start 5 days early: overlapping stays
                .withColumn("start_date", date_add(col("application_date"), col("offset").cast("int")
                        .minus(when(i.gt(0).and(drawAt(8, 100).lt(2)), 5).otherwise(0))))
                .withColumn("end_date", when(col("last").and(drawAt(9, 2).equalTo(0)), lit(null).cast("date"))
                        .otherwise(date_add(col("application_date"), col("offset").plus(col("duration")).cast("int"))))
                .withColumn("location_code", when(i.equalTo(0), format_string("L%04d", drawAt(10, 3)))
                        .otherwise(format_string("L%04d", lit(3).plus(drawAt(11, 397)))))
                .cache();
        lake.overwrite(SilverTables.STAYS, stays.withColumn("delivery_date", lit(java.sql.Date.valueOf(AS_OF))));
        lake.overwrite(SilverTables.RELOCATIONS, stays
                .withColumn("from_location", lag("location_code", 1).over(Window.partitionBy("child_id").orderBy("i")))
                .where(i.gt(0).and(col("from_location").notEqual(col("location_code"))))
                .select(col("child_id"), col("start_date").as("move_date"), col("from_location"),
                        col("location_code").as("to_location"), lit("CAPACITEIT").as("reason"),
                        lit(java.sql.Date.valueOf(AS_OF)).as("delivery_date")));
        lake.overwrite(SilverTables.ENROLMENTS, stays
                .where(col("bsn_id").isNotNull().and(i.gt(0)))
                .withColumn("e_start", date_add(col("start_date"), drawAt(12, 60)))
                .where(col("end_date").isNull().or(col("e_start").lt(col("end_date"))))
                .select(col("bsn_id").as("pupil_id"), col("bsn_id"), lit("BR01").as("brin"),
                        format_string("GM%04d", drawAt(13, 40)).as("gemeentecode"),
                        element_at(array(lit("PO"), lit("VO"), lit("ISK"), lit("NIEUWKOMERSVOORZIENING")),
                                drawAt(14, 4).plus(1)).as("onderwijssoort"),
                        when(drawAt(15, 10).lt(7), date_sub(col("e_start"), drawAt(16, 45)))
                                .as("school_application_date"),
                        col("e_start").as("start_date"), col("end_date"),
                        when(col("end_date").isNotNull(), lit("VERHUIZING")).as("end_reason"),
                        lit(java.sql.Date.valueOf(AS_OF)).as("delivery_date")));
        stays.unpersist();
        lake.overwrite(OpsTables.DELIVERIES, spark.range(1).select(lit("coa_bewoning").as("source"),
                lit(java.sql.Date.valueOf("2024-01-31")).as("delivery_date"), array(lit("synthetic.csv")).as("files"),
                lit("x").as("checksum"), lit(0L).as("rows_read"), lit(0L).as("rows_accepted"),
                lit(0L).as("rows_quarantined"), lit("scale-test").as("run_id"), current_timestamp().as("ingested_at")));
        // metrics reads every table ingest and conform make: the ones not measured here are there, empty
        SilverTables.conformed().forEach(lake::ensure);
        QuarantineTables.all().forEach(lake::ensure);
    }

    private static Dataset<Row> locations(SparkSession spark) {
        Column i = col("id");
        Column opvangvorm = when(i.lt(3), lit("AANMELDCENTRUM")).when(i.lt(150), lit("AZC"))
                .when(i.lt(330), lit("NOODOPVANG")).otherwise(lit("CRISISNOODOPVANG"));
        Column province = element_at(array(Vocabulary.PROVINCES.stream().map(p -> lit(p)).toArray(Column[]::new)),
                pmod(i, lit(12)).plus(1).cast("int"));
        return spark.range(400).select(format_string("L%04d", i).as("location_code"), lit("Locatie").as("name"),
                format_string("GM%04d", pmod(i, lit(340))).as("gemeentecode"), lit("Gemeente").as("gemeentenaam"),
                province.as("provincie"), opvangvorm.as("opvangvorm"),
                when(opvangvorm.equalTo("AZC"), lit("REGULIER")).otherwise(opvangvorm).as("category"),
                lit(100).as("capacity"), lit(java.sql.Date.valueOf("2020-01-01")).as("open_date"),
                lit(null).cast("date").as("close_date"), lit(java.sql.Date.valueOf(AS_OF)).as("delivery_date"));
    }

    /** A deterministic draw in [0, bound) per person. */
    private static Column draw(int salt, int bound) {
        return pmod(hash(col("pid"), lit(salt)), lit(bound));
    }

    /** A deterministic draw in [0, bound) per person and stay. */
    private static Column drawAt(int salt, int bound) {
        return pmod(hash(col("pid"), col("i"), lit(salt)), lit(bound));
    }
}
