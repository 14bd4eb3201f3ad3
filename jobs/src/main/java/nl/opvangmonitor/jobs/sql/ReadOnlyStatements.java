package nl.opvangmonitor.jobs.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Keeps the sql command read-only: the lake is written by jobs only. A statement is parsed (not run)
 * and refused when it inserts (into a table or a directory) or is a command other than SHOW, DESCRIBE, EXPLAIN,
 * SET or USE.
 */
public final class ReadOnlyStatements {
    private static final List<String> READING_COMMANDS = List.of("Show", "Describe", "Explain", "SetCommand",
            "SetCatalogAndNamespace");

    private ReadOnlyStatements() {
    }

    /** Throws a one-line failure when the statement would change something; returns its parsed plan. */
    public static LogicalPlan check(SparkSession spark, String statement) {
        LogicalPlan plan;
        try {
            plan = spark.sessionState().sqlParser().parsePlan(statement);
        } catch (ParseException e) {
            throw new JobFailure("cannot parse the statement: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Deque<LogicalPlan> todo = new ArrayDeque<>(List.of(plan));
        while (!todo.isEmpty()) {
            LogicalPlan node = todo.pop();
            String name = node.getClass().getSimpleName();
            boolean reading = READING_COMMANDS.stream().anyMatch(name::startsWith);
            // InsertIntoDir (INSERT OVERWRITE DIRECTORY) is neither an InsertIntoStatement nor a Command
            boolean inserts = node instanceof InsertIntoStatement || name.startsWith("InsertInto");
            if (inserts || (node instanceof Command && !reading)) {
                throw new JobFailure("the sql command only reads; refused: " + name);
            }
            todo.addAll(CollectionConverters.asJava(node.children()));
        }
        return plan;
    }
}
