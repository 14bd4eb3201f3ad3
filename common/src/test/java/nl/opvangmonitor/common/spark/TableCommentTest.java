package nl.opvangmonitor.common.spark;

import static nl.opvangmonitor.common.testing.Frames.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declared descriptions reach the Delta table: column comments with every write, the table's once. */
class TableCommentTest {
    private static final TableDef COUNTS = TableDef.builder(Layer.PUBLISH, "counts")
            .string("place").required("n", DataTypes.LongType)
            .about("Children per place, with 'quotes'.")
            .describe("n", "persons", "children in the place")
            .keys("place").build();

    @TempDir
    Path dir;

    @Test
    void describeShowsTheDeclaredCommentsAndTheDescriptionIsSetOnce() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "run-1");
        lake.overwrite(COUNTS, frame("place STRING, n BIGINT", row("a", 1L)));
        assertTrue(TableComment.apply(lake, COUNTS));
        long version = lake.version(COUNTS);
        assertFalse(TableComment.apply(lake, COUNTS), "an unchanged description commits nothing");
        assertEquals(version, lake.version(COUNTS));

        List<Row> describe = SharedSpark.spark().sql("DESCRIBE delta.`" + lake.path(COUNTS) + "`").collectAsList();
        assertEquals("children in the place (persons)", describe.stream()
                .filter(r -> r.getString(0).equals("n")).findFirst().orElseThrow().getString(2));
        assertEquals("Children per place, with 'quotes'.",
                lake.delta(COUNTS).detail().head().getAs("description"));
        // A later overwrite keeps both.
        lake.overwrite(COUNTS, frame("place STRING, n BIGINT", row("b", 2L)));
        assertEquals("Children per place, with 'quotes'.",
                lake.delta(COUNTS).detail().head().getAs("description"));
    }
}
