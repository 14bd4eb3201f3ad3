package nl.opvangmonitor.jobs.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import nl.opvangmonitor.jobs.sql.DeltaSnapshot;
import nl.opvangmonitor.jobs.sql.OutputFormat;
import nl.opvangmonitor.jobs.sql.SqlEngine;
import nl.opvangmonitor.jobs.sql.ResultPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Read-only SQL over the lake: every existing table by its layer-qualified name ({@code gold.school_access}),
 * one query from the command line or, without one, an interactive prompt reading statements ending in
 * {@code ;} from stdin until {@code exit}, {@code quit} or end of input. Results go to the command
 * line's output writer (stdout), prompts and errors of the prompt to its error writer.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Runs read-only SQL on the lake's publish tables, named layer.table (publish.school_access, "
                + "publish.headline...); --layers widens it on purpose (gold, silver, bronze, ops). Hidden cells "
                + "read x where the result has hidden_columns. Without a query: a prompt reading statements "
                + "ending in ';' from stdin; exit, quit or end of input ends it."})
public final class SqlCommand implements Callable<Integer> {
    private static final String JOB = "sql";

    @Mixin
    LakeOption lake;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (aligned, for people), csv or json (JSON Lines, for scripts); default ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--max-rows", defaultValue = "1000", paramLabel = "N",
            description = "Rows shown in table format (csv and json print all); default ${DEFAULT-VALUE}.")
    int maxRows;

    @Option(names = "--layers", split = ",", defaultValue = "publish", paramLabel = "LAYER",
            description = "Comma-separated layers to register: publish (default, disclosure-controlled), gold, "
                    + "silver, bronze, ops. Gold and silver hold unsuppressed small counts: for engineers, on purpose.")
    Set<String> layers;

    @Option(names = "--include-quarantine",
            description = "Also register the quarantine tables, which hold raw identifiers (privacy.md).")
    boolean includeQuarantine;

    @Mixin
    EngineOption engine;

    @Option(names = "--version", paramLabel = "N",
            description = "Time travel (duckdb engine): every table as it was at its Delta version N; tables "
                    + "without that version are left out, with a note.")
    Long version;

    @Option(names = "--as-of-timestamp", paramLabel = "TIME",
            description = "Time travel (duckdb engine): every table as it was at TIME (ISO-8601, e.g. "
                    + "2026-12-07T12:00:00Z), so a past publication reads back exactly.")
    java.time.Instant asOfTimestamp;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The statement to run; none: read from stdin.")
    String query;

    @Spec
    CommandSpec spec;

    private Set<Layer> layers() {
        Set<Layer> chosen = EnumSet.noneOf(Layer.class);
        for (String name : layers) {
            Layer layer = java.util.Arrays.stream(Layer.values()).filter(l -> l.folder().equals(name.strip()))
                    .findFirst().orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "unknown layer '" + name + "': publish, gold, silver, bronze or ops"));
            if (layer == Layer.QUARANTINE) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "the quarantine holds raw identifiers: use --include-quarantine");
            }
            chosen.add(layer);
        }
        return chosen;
    }

    @Override
    public Integer call() {
        try (SqlEngine statements = open()) {
            Console.progress(JOB, statements.registered().size() + " tables registered"
                    + (includeQuarantine ? " (quarantine included: raw identifiers!)" : ""));
            if (query != null) {
                run(statements, query);
            } else {
                interactive(statements);
            }
        }
        return 0;
    }

    private SqlEngine open() {
        if (engine.spark(lake) && (version != null || asOfTimestamp != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--version and --as-of-timestamp need the duckdb engine");
        }
        Set<Layer> asked = layers();
        return engine.open(lake, JOB, verbosity.on(), t -> t.layer() == Layer.QUARANTINE ? includeQuarantine
                : asked.contains(t.layer()), new DeltaSnapshot.Choice(Optional.ofNullable(version),
                Optional.ofNullable(asOfTimestamp)), false);
    }

    private void run(SqlEngine statements, String statement) {
        String sql = statement.strip();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1);
        }
        SqlEngine.Answer answer = statements.run(sql);
        answer.notice().ifPresent(spec.commandLine().getErr()::println);
        ResultPrinter.print(answer.result(), format, maxRows, spec.commandLine().getOut());
    }

    private void interactive(SqlEngine statements) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter prompt = spec.commandLine().getErr();
        boolean atATerminal = System.console() != null; // statements piped in or from a file: no prompts in the output
        StringBuilder pending = new StringBuilder();
        try {
            while (true) {
                if (atATerminal) {
                    prompt.print(pending.isEmpty() ? "sql> " : "  -> ");
                    prompt.flush();
                }
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                String word = line.strip().toLowerCase(Locale.ROOT).replace(";", "");
                if (pending.isEmpty() && (word.equals("exit") || word.equals("quit"))) {
                    return;
                }
                pending.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    runReportingErrors(statements, pending.toString());
                    pending.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new JobFailure("cannot read statements: " + e.getMessage());
        }
        if (!pending.toString().isBlank()) {
            runReportingErrors(statements, pending.toString());
        }
    }

    private void runReportingErrors(SqlEngine statements, String statement) {
        try {
            run(statements, statement);
        } catch (JobFailure e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
        }
    }
}
