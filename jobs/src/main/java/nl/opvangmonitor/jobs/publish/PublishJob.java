package nl.opvangmonitor.jobs.publish;

import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.cli.Console;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** The publish job: every gold table in the lake through disclosure control into the publish layer. */
public final class PublishJob {
    public static final String NAME = "publish";

    private PublishJob() {
    }

    /** Publishes every gold table the lake has with threshold {@code k}; returns how many were published. */
    public static int run(Lake target, int k) {
        int published = 0;
        for (TableDef gold : GoldTables.all()) {
            if (!target.exists(gold)) {
                Console.progress(NAME, gold.qualifiedName() + " is not in the lake: skipped");
                continue;
            }
            publishOne(target, gold, k);
            published++;
        }
        return published;
    }

    private static void publishOne(Lake target, TableDef gold, int k) {
        Console.progress(NAME, gold.qualifiedName() + ": suppressing");
        DisclosureControl.Published result = DisclosureControl.publish(target.read(gold), gold, k,
                pass -> Console.progress(NAME, gold.name() + ": " + pass));
        Dataset<Row> rows = result.rows().localCheckpoint();
        TableDef out = PublishTables.of(gold);
        target.overwrite(out, rows);
        PublishedThreshold.record(target, out, k);
        long count = rows.count();
        long suppressedRows = rows.filter(functions.col(PublishTables.SUPPRESSED)).count();
        Console.progress(NAME, String.format("%s: %s rows, %s with suppressed cells; secondary suppression: %d"
                        + " iterations, %s complements", out.qualifiedName(), Console.count(count),
                Console.count(suppressedRows), result.iterations(), Console.count(result.complements())));
    }
}
