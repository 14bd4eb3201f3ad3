package nl.opvangmonitor.tools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A SQL script of the peer, a resource {@code /bench/<name>.sql}: statements ending in {@code ;} at
 * the end of a line, whole-line {@code --} comments. The SQL is written from metrics.md and kept in
 * files so it can be read (and run in a DuckDB shell) as one piece.
 */
final class SqlScript {
    private SqlScript() {
    }

    /** Runs every statement of the script in order. */
    static void run(DuckDbSession db, String name) {
        statements(name).forEach(db::execute);
    }

    /** The statements of a script, comments removed. */
    static List<String> statements(String name) {
        String path = "/bench/" + name + ".sql";
        try (InputStream in = SqlScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL script " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(text.split(";[ \\t]*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
