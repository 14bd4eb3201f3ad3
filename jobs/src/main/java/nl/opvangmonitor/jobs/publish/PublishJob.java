package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.spark.TableComment;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.LinkedFigure;
import nl.opvangmonitor.common.tables.LinkedFigures;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.Console;
import org.apache.spark.sql.Row;

/**
 * The publish job: every gold table through disclosure control into the publish layer, as one publication
 * (linked figures follow their source tables, which come first in {@link GoldTables#all()}); why each cell is
 * hidden goes to {@code ops.disclosure_log}. A table whose content and k are unchanged gets no new commit. Metrics
 * makes every gold table, so a missing one fails the run before anything is published: a publication without
 * it would go out looking complete.
 */
public final class PublishJob {
    public static final String NAME = "publish";

    private PublishJob() {
    }

    /** Publishes every gold table with threshold {@code k}. */
    public static void run(Lake target, int k) {
        DisclosureControl publication = new DisclosureControl(k);
        GoldTables.all().forEach(target::require);
        for (TableDef linkedTable : LinkedFigures.all().stream().map(LinkedFigure::table).distinct().toList()) {
            publication.bound(linkedTable, target.read(linkedTable));
        }
        List<Row> log = new ArrayList<>();
        for (TableDef gold : GoldTables.all()) {
            log.addAll(publishOne(target, publication, gold, k));
        }
        target.overwriteIfChanged(OpsTables.DISCLOSURE_LOG, DisclosureControl.logFrame(target.spark(), log));
    }

    /** Publishes one table; returns its hidden cells with their reasons. */
    private static List<Row> publishOne(Lake target, DisclosureControl publication, TableDef gold, int k) {
        Console.progress(NAME, gold.qualifiedName() + ": suppressing");
        DisclosureControl.Published result = publication.publish(gold, target.read(gold));
        TableDef out = PublishTables.of(gold);
        boolean written = target.overwriteIfChanged(out, result.rows());
        // Delta keeps table properties across an overwrite: k needs a commit only when it changed
        if (PublishedThreshold.read(target, out).orElse(-1) != k) {
            PublishedThreshold.record(target, out, k);
        }
        TableComment.apply(target, out);
        Console.progress(NAME, String.format("%s: %s rows, %s with suppressed cells; secondary suppression: %s"
                        + " complements in %d passes", out.qualifiedName(), Console.count(result.rowCount()),
                Console.count(result.suppressedRows()), Console.count(result.complements()), result.passes())
                + (written ? "" : " (unchanged: no commit)"));
        return result.log();
    }
}
