package nl.opvangmonitor.jobs.conform;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.frame;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.conform.BronzeRows.bronze;
import static nl.opvangmonitor.jobs.conform.BronzeRows.delivery;

import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** silver.persons: latest row wins on attributes, bsn is the latest non-null one, birth date cut to its month. */
class PersonsTest {
    static final String PERSONS = "child_id STRING, bsn_id STRING, birth_month DATE, amv BOOLEAN, family_id STRING,"
            + " application_date DATE, delivery_date DATE";

    @Test
    void theLatestRowWinsOnAttributesAndTheBsnIsTheLatestNonNullOne() {
        var jan = delivery("2026-01-31");
        var feb = delivery("2026-02-28");
        var mar = delivery("2026-03-31");
        var bewoning = bronze(RawSource.COA_BEWONING,
                // c1: bsn arrives in February, March's rows have none again; March corrects amv and family,
                // and within March line 7 (a later line) also corrects the application date
                jan.stay("c1", null, "2012-03-25", false, "f1", "2025-12-01", "L1", "2025-12-02", null, 2),
                feb.stay("c1", "b1", "2012-03-25", false, "f1", "2025-12-01", "L1", "2025-12-02", "2026-02-10", 4),
                feb.stay("c1", "b1", "2012-03-25", false, "f1", "2025-12-01", "L2", "2026-02-10", null, 5),
                mar.stay("c1", null, "2012-03-25", true, null, "2025-12-01", "L2", "2026-02-10", "2026-03-05", 3),
                mar.stay("c1", null, "2012-03-25", true, null, "2025-11-30", "L3", "2026-03-05", null, 7),
                // c2: bsn changes from b2 to b3, the later one wins; the earlier delivery is listed last
                feb.stay("c2", "b3", "2019-12-31", true, null, "2026-01-10", "L1", "2026-01-11", null, 1),
                jan.stay("c2", "b2", "2019-12-31", true, null, "2026-01-10", "L1", "2026-01-11", null, 9),
                // c3: never a bsn
                jan.stay("c3", null, "2010-01-01", false, "f3", "2025-06-01", "L1", "2025-06-02", null, 3));

        SharedSpark.assertSameRows(frame(PERSONS,
                        row("c1", "b1", d("2012-03-01"), true, null, d("2025-11-30"), d("2026-03-31")),
                        row("c2", "b3", d("2019-12-01"), true, null, d("2026-01-10"), d("2026-02-28")),
                        row("c3", null, d("2010-01-01"), false, "f3", d("2025-06-01"), d("2026-01-31"))),
                ConformedTable.PERSONS.build(bewoning));
    }
}
