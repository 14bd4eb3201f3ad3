package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.opvangmonitor.common.privacy.Bsn;
import nl.opvangmonitor.common.testing.Frames;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The eleven-test as a Spark expression agrees with the contract's formula written out in Java. */
class FieldValuesTest {
    @Test
    void theElevenTestMatchesTheContractFormula() {
        List<String> values = new ArrayList<>(List.of("111222333", "123456782", "123456789", "000000000", "12345678",
                "1234567890", "12345678a", "", " 11122233"));
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            values.add(String.format("%09d", random.nextInt(1_000_000_000)));
        }
        Row[] rows = values.stream().map(Frames::row).toArray(Row[]::new);
        List<Row> result = Frames.frame("v STRING", rows)
                .select(col("v"), FieldValues.passesElevenTest(col("v")).as("ok")).collectAsList();
        int valid = 0;
        for (Row r : result) {
            boolean expected = Bsn.passesElevenTest(r.getString(0));
            assertEquals(expected, r.getBoolean(1), r.getString(0));
            valid += expected ? 1 : 0;
        }
        assertEquals(true, valid > 20, "about one in eleven random numbers passes, so both branches are exercised");
        assertEquals(List.of(true, true, false, false), result.subList(0, 4).stream().map(r -> r.getBoolean(1)).toList(),
                "111222333 and 123456782 pass; 123456789 fails; all zeros is excluded");
    }
}
