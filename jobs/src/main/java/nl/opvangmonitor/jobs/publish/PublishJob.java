package nl.opvangmonitor.jobs.publish;

import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.cli.Console;

/**
 * The publish job: every gold table in the lake through disclosure control into the publish layer;
 * a publish table whose content and k are unchanged gets no new commit.
 */
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
        DisclosureControl.Published result = DisclosureControl.publish(target.read(gold), gold, k);
        TableDef out = PublishTables.of(gold);
        boolean written = target.overwriteIfChanged(out, result.rows());
        // Delta keeps table properties across an overwrite: k needs a commit only when it changed
        if (PublishedThreshold.read(target, out).orElse(-1) != k) {
            PublishedThreshold.record(target, out, k);
        }
        Console.progress(NAME, String.format("%s: %s rows, %s with suppressed cells; secondary suppression: %s"
                        + " complements in %d passes", out.qualifiedName(), Console.count(result.rowCount()),
                Console.count(result.suppressedRows()), Console.count(result.complements()), result.passes())
                + (written ? "" : " (unchanged: no commit)"));
    }
}
