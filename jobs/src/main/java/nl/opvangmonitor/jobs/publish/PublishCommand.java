package nl.opvangmonitor.jobs.publish;

import java.util.concurrent.Callable;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.cli.Console;
import nl.opvangmonitor.jobs.cli.LakeOption;
import nl.opvangmonitor.jobs.cli.SparkRuntime;
import nl.opvangmonitor.jobs.cli.Verbosity;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The publish job: every gold table in the lake through disclosure control into the publish layer. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Applies disclosure control (primary and secondary suppression, privacy.md) to every gold "
                + "table in the lake and writes publish.<table>. Absent gold tables are skipped with a note."})
public final class PublishCommand implements Callable<Integer> {
    private static final String JOB = "publish";

    @Mixin
    LakeOption lake;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--k", defaultValue = "10", paramLabel = "K",
            description = "Threshold: person counts of 1..K-1 and statistics over fewer than K persons are "
                    + "suppressed (default: ${DEFAULT-VALUE}).")
    int k;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (k < 2) {
            throw new ParameterException(spec.commandLine(), "--k must be at least 2, got " + k);
        }
        Lake target = SparkRuntime.lake(JOB, Verbosity.isVerbose(), lake.root());
        int published = 0;
        for (TableDef gold : GoldTables.all()) {
            if (!target.exists(gold)) {
                Console.progress(JOB, gold.qualifiedName() + " is not in the lake: skipped");
                continue;
            }
            publishOne(target, gold);
            published++;
        }
        Console.out().println("published " + published + " of " + GoldTables.all().size()
                + " gold tables with k=" + k);
        return 0;
    }

    private void publishOne(Lake target, TableDef gold) {
        Console.progress(JOB, gold.qualifiedName() + ": suppressing");
        DisclosureControl.Published result = DisclosureControl.publish(target.read(gold), gold, k,
                pass -> Console.progress(JOB, gold.name() + ": " + pass));
        Dataset<Row> rows = result.rows().localCheckpoint();
        TableDef out = PublishTables.of(gold);
        target.overwrite(out, rows);
        PublishedThreshold.record(target, out, k);
        long count = rows.count();
        long suppressedRows = rows.filter(functions.col(PublishTables.SUPPRESSED)).count();
        String line = String.format("%s: %s rows, %s with suppressed cells; secondary suppression: %d iterations,"
                        + " %s complements", out.qualifiedName(), Console.count(count), Console.count(suppressedRows),
                result.iterations(), Console.count(result.complements()));
        Console.progress(JOB, line);
        Console.out().println(line);
    }
}
