package nl.opvangmonitor.jobs.conform;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.frame;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.conform.BronzeRows.bronze;
import static nl.opvangmonitor.jobs.conform.BronzeRows.delivery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The per-key silver tables: corrections re-delivered later replace earlier versions. */
class ConformedTableTest {
    @Test
    void aCorrectionDeliveredLaterReplacesTheEarlierVersionOfAStay() {
        var jan = delivery("2026-01-31");
        var feb = delivery("2026-02-28");
        var bewoning = bronze(RawSource.COA_BEWONING,
                jan.stay("c1", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-05", null, 2),
                jan.stay("c1", null, "2012-03-25", false, null, "2025-12-01", "L2", "2026-01-20", null, 3),
                // February closes the L1 stay (a correction of the same key)
                feb.stay("c1", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-05", "2026-01-20", 8),
                // the same key twice in one delivery: the later line wins
                feb.stay("c2", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-02-01", "2026-02-03", 4),
                feb.stay("c2", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-02-01", "2026-02-20", 6));

        SharedSpark.assertSameRows(frame("child_id STRING, location_code STRING, start_date DATE, end_date DATE,"
                                + " delivery_date DATE",
                        row("c1", "L1", d("2026-01-05"), d("2026-01-20"), d("2026-02-28")),
                        row("c1", "L2", d("2026-01-20"), null, d("2026-01-31")),
                        row("c2", "L1", d("2026-02-01"), d("2026-02-20"), d("2026-02-28"))),
                ConformedTable.STAYS.build(bewoning));
    }

    @Test
    void locationsGetTheirCategoryAndTheLatestVersion() {
        var jan = delivery("2026-01-31");
        var feb = delivery("2026-02-28");
        var locaties = bronze(RawSource.COA_LOCATIES,
                jan.location("L1", "AZC", "Utrecht", 2),
                feb.location("L1", "NOODOPVANG", "Utrecht", 2),
                jan.location("L2", "CRISISNOODOPVANG", "Limburg", 3),
                jan.location("L3", "NIDOS_KLEINSCHALIG", "Zeeland", 4),
                jan.location("L4", "AANMELDCENTRUM", "Groningen", 5));

        var categories = ConformedTable.LOCATIONS.build(locaties).select("location_code", "opvangvorm", "category");
        SharedSpark.assertSameRows(frame("location_code STRING, opvangvorm STRING, category STRING",
                        row("L1", "NOODOPVANG", "NOODOPVANG"),
                        row("L2", "CRISISNOODOPVANG", "CRISISNOODOPVANG"),
                        row("L3", "NIDOS_KLEINSCHALIG", "REGULIER"),
                        row("L4", "AANMELDCENTRUM", "AANMELDCENTRUM")),
                categories);
    }

    @Test
    void ksoLeadsKeepOneRowPerStatusDate() {
        var jan = delivery("2026-01-31");
        var feb = delivery("2026-02-28");
        var leads = bronze(RawSource.COA_KSO_LEADS,
                jan.lead("K1", "LEAD", "2026-01-10", null, 1),
                feb.lead("K1", "AFGEWEZEN", "2026-02-12", "HUURSOM_TE_HOOG", 1),
                // a re-delivered status of the same date corrects the reason
                feb.lead("K1", "LEAD", "2026-01-10", null, 2),
                jan.lead("K2", "ON_HOLD", "2026-01-15", "GEMEENTE_VOLDOET_AL", 2),
                feb.lead("K2", "ON_HOLD", "2026-01-15", "GEEN_BESTUURLIJK_DRAAGVLAK", 3));

        SharedSpark.assertSameRows(frame("lead_id STRING, status STRING, status_date DATE, rejection_reason STRING,"
                                + " delivery_date DATE",
                        row("K1", "LEAD", d("2026-01-10"), null, d("2026-02-28")),
                        row("K1", "AFGEWEZEN", d("2026-02-12"), "HUURSOM_TE_HOOG", d("2026-02-28")),
                        row("K2", "ON_HOLD", d("2026-01-15"), "GEEN_BESTUURLIJK_DRAAGVLAK", d("2026-02-28"))),
                ConformedTable.KSO_LEADS.build(leads)
                        .select("lead_id", "status", "status_date", "rejection_reason", "delivery_date"));
    }

    @Test
    void theBirthDateDoesNotReachAnySilverTable() {
        var bewoning = bronze(RawSource.COA_BEWONING, delivery("2026-01-31")
                .stay("c1", "b1", "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-05", null, 2));
        for (ConformedTable t : new ConformedTable[] {ConformedTable.PERSONS, ConformedTable.STAYS}) {
            Row only = t.build(bewoning).head();
            for (int i = 0; i < only.length(); i++) {
                assertEquals(false, java.sql.Date.valueOf("2012-03-25").equals(only.get(i)), t + " column " + i);
            }
            assertEquals(false, java.util.Arrays.asList(t.build(bewoning).columns()).contains("birth_date"));
        }
    }
}
