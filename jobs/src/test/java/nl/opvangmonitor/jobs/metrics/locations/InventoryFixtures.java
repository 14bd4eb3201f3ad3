package nl.opvangmonitor.jobs.metrics.locations;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Hand-written rounds of COA's location inventory for metric tests, in silver.location_inventory's schema. */
public final class InventoryFixtures {
    private InventoryFixtures() {
    }

    /** An inventory round where every one of the ten criteria holds except the ones named. */
    public static Row inventory(String location, String date, String... failing) {
        List<Object> values = new ArrayList<>(List.of(location, d(date)));
        List<String> criteria = new ArrayList<>(SilverTables.HARD_CRITERIA);
        criteria.addAll(SilverTables.SOFT_CRITERIA);
        criteria.forEach(c -> values.add(!Arrays.asList(failing).contains(c)));
        values.add(d(date));
        return row(values.toArray());
    }

    public static Dataset<Row> inventories(Row... rows) {
        return SharedSpark.spark().createDataFrame(List.of(rows), SilverTables.LOCATION_INVENTORY.schema());
    }
}
