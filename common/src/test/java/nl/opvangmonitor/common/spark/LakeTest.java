package nl.opvangmonitor.common.spark;

import static nl.opvangmonitor.common.testing.Frames.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.spark.sql.types.DataTypes;

/** Delta writes, merges and history through the lake: fails early if Spark and Delta do not match (stack.md). */
class LakeTest {
    private static final TableDef PEOPLE = TableDef.builder(Layer.SILVER, "people")
            .string("id").required("n", DataTypes.IntegerType).keys("id").build();

    @TempDir
    Path dir;

    @Test
    void mergeUpsertsByKeyAndCommitsNothingNewWhenNothingChanged() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "run-1");
        lake.overwrite(PEOPLE, frame("id STRING, n INT", row("a", 1), row("b", 2)));
        lake.merge(PEOPLE, frame("id STRING, n INT", row("b", 3), row("c", 4)));

        SharedSpark.assertSameRows(frame("id STRING, n INT", row("a", 1), row("b", 3), row("c", 4)),
                lake.read(PEOPLE));
        long before = lake.version(PEOPLE);
        assertEquals(false, lake.merge(PEOPLE, frame("id STRING, n INT", row("b", 3))));
        assertEquals(before, lake.version(PEOPLE), "a merge of rows the table holds already commits nothing");
        assertEquals(true, lake.merge(PEOPLE, frame("id STRING, n INT", row("b", 3), row("d", 5))));
        assertEquals(before + 1, lake.version(PEOPLE), "a merge with a new row commits a version");
        assertEquals(0L, lake.delta(PEOPLE).history(1).select("operationMetrics.numTargetRowsUpdated")
                .head().get(0) == null ? 0L : Long.parseLong(lake.delta(PEOPLE).history(1)
                .select("operationMetrics.numTargetRowsUpdated").head().getString(0)),
                "an unchanged row is not rewritten");
        assertEquals("run-1", lake.delta(PEOPLE).history(1).select("userMetadata").head().getString(0));
    }

    private static final TableDef SPELLS = TableDef.builder(Layer.SILVER, "spells")
            .string("person").required("start", DataTypes.IntegerType).required("end", DataTypes.IntegerType)
            .keys("person", "start").build();
    private static final String SPELLS_DDL = "person STRING, start INT, end INT";

    @Test
    void mergeReplacingDeletesVanishedKeysOfTheMergedScopesOnly() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "run-1");
        lake.overwrite(SPELLS, frame(SPELLS_DDL, row("a", 1, 5), row("a", 3, 9), row("b", 1, 2), row("b", 4, 6)));
        long before = lake.version(SPELLS);

        // person a's two spells became one starting at 1; person b is not in the source and keeps both
        lake.mergeReplacing(SPELLS, frame(SPELLS_DDL, row("a", 1, 9), row("c", 2, 3)), java.util.List.of("person"));

        SharedSpark.assertSameRows(frame(SPELLS_DDL, row("a", 1, 9), row("b", 1, 2), row("b", 4, 6), row("c", 2, 3)),
                lake.read(SPELLS));
        assertEquals(before + 1, lake.version(SPELLS), "one commit");
        var metrics = lake.delta(SPELLS).history(1).select("operationMetrics").head().<String, String>getJavaMap(0);
        assertEquals("1", metrics.get("numTargetRowsDeleted"));
        assertEquals("1", metrics.get("numTargetRowsUpdated"));
        assertEquals("1", metrics.get("numTargetRowsInserted"));

        assertEquals(false, lake.mergeReplacing(SPELLS, frame(SPELLS_DDL, row("a", 1, 9)), java.util.List.of("person")),
                "the scope's content as it is: nothing to commit");
        assertEquals(true, lake.mergeReplacing(SPELLS, frame(SPELLS_DDL, row("b", 1, 2)), java.util.List.of("person")),
                "rows all held, but b's spell at 4 vanished: a commit that deletes it");
        SharedSpark.assertSameRows(frame(SPELLS_DDL, row("a", 1, 9), row("b", 1, 2), row("c", 2, 3)),
                lake.read(SPELLS));
        assertEquals(before + 2, lake.version(SPELLS));
    }

    @Test
    void overwriteIfChangedCommitsOnlyWhenTheContentDiffers() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "run-1");
        assertEquals(true, lake.overwriteIfChanged(PEOPLE, frame("id STRING, n INT", row("a", 1), row("b", 2))));
        long written = lake.version(PEOPLE);

        assertEquals(false, lake.overwriteIfChanged(PEOPLE, frame("id STRING, n INT", row("b", 2), row("a", 1))));
        assertEquals(written, lake.version(PEOPLE), "same rows in another order: no commit");

        assertEquals(true, lake.overwriteIfChanged(PEOPLE, frame("id STRING, n INT", row("a", 1), row("a", 1))));
        assertEquals(written + 1, lake.version(PEOPLE), "a duplicate row instead of b is a change");
        SharedSpark.assertSameRows(frame("id STRING, n INT", row("a", 1), row("a", 1)), lake.read(PEOPLE));

        assertEquals(true, lake.overwriteIfChanged(PEOPLE, frame("id STRING, n INT", row("a", 1))));
        assertEquals(true, lake.overwriteIfChanged(PEOPLE, frame("id STRING, n INT", row("a", 1), row("c", 3))));
        assertEquals(false, lake.overwriteIfChanged(PEOPLE, frame("id STRING, n INT", row("c", 3), row("a", 1))));
        assertEquals(written + 3, lake.version(PEOPLE), "fewer rows and more rows are changes; the same again is not");
        SharedSpark.assertSameRows(frame("id STRING, n INT", row("a", 1), row("c", 3)), lake.read(PEOPLE));
    }

    @Test
    void replaceWhereRewritesOnlyTheMatchingSliceAndIsIdempotent() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "run-2");
        lake.replaceWhere(PEOPLE, frame("id STRING, n INT", row("a", 1), row("b", 1), row("c", 2)), "n IN (1, 2)");
        lake.replaceWhere(PEOPLE, frame("id STRING, n INT", row("d", 1)), "n IN (1)");
        lake.replaceWhere(PEOPLE, frame("id STRING, n INT", row("d", 1)), "n IN (1)");

        SharedSpark.assertSameRows(frame("id STRING, n INT", row("c", 2), row("d", 1)), lake.read(PEOPLE));
        assertEquals("run-2", lake.delta(PEOPLE).history(1).select("userMetadata").head().getString(0));
    }

    @Test
    void anAbsentTableReadsEmptyWithItsSchemaOnlyWhenAbsenceIsAllowed() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "run-1");
        assertEquals(0, lake.readOrEmpty(PEOPLE).count());
        assertEquals(PEOPLE.schema(), lake.readOrEmpty(PEOPLE).schema());
        assertEquals(-1, lake.version(PEOPLE));
    }

    @Test
    void readingAnAbsentTableFailsNamingItAndTheStepThatMakesIt() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "run-1");
        Lake.MissingTableException e = assertThrows(Lake.MissingTableException.class,
                () -> lake.read(SilverTables.ENROLMENTS));
        assertEquals("silver.enrolments does not exist in " + dir + ": run conform first", e.getMessage());
        assertFalse(lake.exists(SilverTables.ENROLMENTS), "a failed read creates nothing");
    }
}
