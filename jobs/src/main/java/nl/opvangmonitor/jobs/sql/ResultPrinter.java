package nl.opvangmonitor.jobs.sql;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.jobs.export.CellText;
import nl.opvangmonitor.common.csv.CsvLine;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * Prints a query result: an aligned text table (at most maxRows rows, numbers right-aligned, nulls
 * as NULL), CSV (comma, decimal point, RFC 4180, nulls empty) or JSON Lines (one object per row, nulls
 * kept). A cell a publish row hides (named in its {@code hidden_columns}, when the result has that
 * column) reads {@code x} in every format, as in the exports. CSV and JSON stream the rows.
 */
public final class ResultPrinter {
    private ResultPrinter() {
    }

    public static void print(Dataset<Row> result, OutputFormat format, int maxRows, PrintWriter out) {
        switch (format) {
            case TABLE -> table(result, maxRows, out);
            case CSV -> csv(result, out);
            case JSON -> json(result, out);
        }
        out.flush();
    }

    private static void table(Dataset<Row> result, int maxRows, PrintWriter out) {
        StructField[] fields = result.schema().fields();
        List<Row> rows = result.takeAsList(maxRows + 1);
        boolean more = rows.size() > maxRows;
        List<String[]> cells = new ArrayList<>();
        for (Row row : rows.subList(0, Math.min(rows.size(), maxRows))) {
            String[] texts = new String[fields.length];
            List<String> hidden = hidden(row);
            for (int i = 0; i < fields.length; i++) {
                texts[i] = hidden.contains(fields[i].name()) ? CellText.MARKER
                        : row.isNullAt(i) ? "NULL" : text(row.get(i));
            }
            cells.add(texts);
        }
        int[] widths = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            widths[i] = fields[i].name().length();
            for (String[] texts : cells) {
                widths[i] = Math.max(widths[i], texts[i].length());
            }
        }
        out.println(line(Arrays.stream(fields).map(StructField::name).toArray(String[]::new), widths, fields, true));
        out.println(String.join("-+-", Arrays.stream(widths).mapToObj("-"::repeat).toList()));
        for (String[] texts : cells) {
            out.println(line(texts, widths, fields, false));
        }
        int shown = cells.size();
        out.println("(" + shown + (shown == 1 ? " row" : " rows") + (more ? ", more not shown" : "") + ")");
    }

    private static String line(String[] texts, int[] widths, StructField[] fields, boolean header) {
        List<String> padded = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            boolean right = !header && fields[i].dataType() instanceof NumericType;
            padded.add(String.format("%" + (right ? "" : "-") + widths[i] + "s", texts[i]));
        }
        return String.join(" | ", padded).stripTrailing();
    }

    private static void csv(Dataset<Row> result, PrintWriter out) {
        String[] names = result.columns();
        out.println(CsvLine.of(Arrays.asList(names), ','));
        Iterator<Row> it = result.toLocalIterator();
        while (it.hasNext()) {
            Row row = it.next();
            List<String> hidden = hidden(row);
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                fields.add(hidden.contains(names[i]) ? CellText.MARKER : row.isNullAt(i) ? "" : text(row.get(i)));
            }
            out.println(CsvLine.of(fields, ','));
        }
    }

    private static void json(Dataset<Row> result, PrintWriter out) {
        Column all = struct(Arrays.stream(result.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new));
        Iterator<Row> it = result.select(to_json(all, Map.of("ignoreNullFields", "false"))).toLocalIterator();
        while (it.hasNext()) {
            out.println(marked(it.next().getString(0)));
        }
    }

    /** The cells the row hides: its {@code hidden_columns}, empty when the result lacks that column. */
    private static List<String> hidden(Row row) {
        int i = List.of(row.schema().fieldNames()).indexOf(PublishTables.HIDDEN_COLUMNS);
        return i < 0 || row.isNullAt(i) ? List.of() : row.getList(i);
    }

    private static String text(Object value) {
        return value instanceof scala.collection.Iterable<?> list ? list.mkString(",") : String.valueOf(value);
    }

    /** A JSON line with the marker for each hidden cell (a null named in its hidden_columns). */
    private static String marked(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode hidden = node.get(PublishTables.HIDDEN_COLUMNS);
            if (hidden == null || !hidden.isArray() || hidden.isEmpty()) {
                return json;
            }
            hidden.forEach(name -> {
                if (node.has(name.asText())) {
                    ((ObjectNode) node).put(name.asText(), CellText.MARKER);
                }
            });
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Spark wrote invalid JSON: " + e.getMessage(), e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
