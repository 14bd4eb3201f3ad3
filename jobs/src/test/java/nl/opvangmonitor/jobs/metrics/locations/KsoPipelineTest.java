package nl.opvangmonitor.jobs.metrics.locations;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.metrics.MetricFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** KSO pipeline on 17 June 2026: latest status per lead on as_of, later statuses ignored, rejections from 2024. */
class KsoPipelineTest {

    private static Row status(String lead, String provincie, int places, String status, String date, String reason) {
        return row(lead, "GM0001", provincie, places, status, d(date), reason, d("2026-06-30"));
    }

    @Test
    void latestStatusPerLeadOnAsOfWithALaterStatusIgnored() {
        Dataset<Row> history = SharedSpark.spark().createDataFrame(List.of(
                status("K1", "Utrecht", 100, "LEAD", "2024-03-01", null),
                status("K1", "Utrecht", 100, "IN_ONTWIKKELING", "2025-06-01", null),
                status("K1", "Utrecht", 100, "IN_GEBRUIK", "2026-07-01", null),          // after as_of
                status("K2", "Utrecht", 50, "LEAD", "2023-05-01", null),
                status("K2", "Utrecht", 50, "AFGEWEZEN", "2023-11-01", "GEEN_BESTUURLIJK_DRAAGVLAK"), // before 2024
                status("K3", "Zeeland", 80, "LEAD", "2023-12-01", null),
                status("K3", "Zeeland", 80, "AFGEWEZEN", "2024-01-01", "LOCATIE_NIET_GESCHIKT"),
                status("K4", "Zeeland", 120, "ON_HOLD", "2025-02-01", "GEEN_BESTUURLIJK_DRAAGVLAK"),
                status("K4", "Zeeland", 120, "LEAD", "2026-06-18", null),                // after as_of
                status("K5", "Utrecht", 40, "LEAD", "2026-06-17", null),                 // on as_of
                status("K6", "Utrecht", 30, "AFGEWEZEN", "2025-05-01", "GEEN_BESTUURLIJK_DRAAGVLAK")),
                SilverTables.KSO_LEADS.schema());
        MetricContext context = MetricContext.of(SharedSpark.spark(), date("2026-06-17"), date("2024-01-01"),
                Map.of(SilverTables.KSO_LEADS, history));
        Dataset<Row> gold = new KsoPipeline().compute(context);

        assertEquals(List.of(
                        // K1..K6: 100 + 50 + 80 + 120 + 40 + 30 = 420 places; rejected or on hold from
                        // 2024-01-01: K3 (on the day), K4, K6 = 3 (K2's rejection is from 2023)
                        "ALL ALL ALL 6 420 3",
                        // K2, K4, K6: 50 + 120 + 30 = 200 places; from 2024: K4, K6
                        "ALL ALL GEEN_BESTUURLIJK_DRAAGVLAK 3 200 2",
                        "ALL ALL LOCATIE_NIET_GESCHIKT 1 80 1",
                        // K1, K5 have no reason: 100 + 40
                        "ALL ALL NONE 2 140 0"),
                lines(gold.where("status = 'ALL' and provincie = 'ALL'"),
                        "status", "provincie", "afwijsreden", "leads", "places", "rejected_since_2024"));
        assertEquals(List.of(
                        "AFGEWEZEN 3 160 2",        // K2, K3, K6: 50 + 80 + 30
                        "IN_ONTWIKKELING 1 100 0",  // K1: its IN_GEBRUIK of 07-01 comes after as_of
                        "LEAD 1 40 0",              // K5 (K4's return to LEAD comes after as_of)
                        "ON_HOLD 1 120 1"),         // K4
                lines(gold.where("status <> 'ALL' and provincie = 'ALL' and afwijsreden = 'ALL'"),
                        "status", "leads", "places", "rejected_since_2024"));
        assertEquals(List.of("2026-06-17"), lines(gold.select("as_of").distinct(), "as_of"));
    }
}
