package nl.opvangmonitor.jobs.sql;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.opvangmonitor.common.csv.CsvLine;
import nl.opvangmonitor.jobs.export.CellText;

/**
 * Prints a query result: an aligned text table (at most maxRows rows, numbers right-aligned, nulls
 * as NULL), CSV (comma, decimal point, RFC 4180, nulls empty) or JSON Lines (one object per row, nulls
 * kept). A cell a publish row hides (named in its {@code hidden_columns}, when the result has that
 * column) reads {@code x} in every format, as in the exports. CSV and JSON stream the rows.
 */
public final class ResultPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultPrinter() {
    }

    public static void print(QueryResult result, OutputFormat format, int maxRows, PrintWriter out) {
        switch (format) {
            case TABLE -> table(result, maxRows, out);
            case CSV -> csv(result, out);
            case JSON -> json(result, out);
        }
        out.flush();
    }

    private static void table(QueryResult result, int maxRows, PrintWriter out) {
        List<String> names = result.columns();
        Iterator<List<Object>> rows = result.rows();
        List<String[]> cells = new ArrayList<>();
        while (rows.hasNext() && cells.size() < maxRows) {
            List<Object> row = rows.next();
            Set<String> hidden = QueryResult.hiddenColumns(names, row);
            String[] texts = new String[names.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = cell(names.get(i), row.get(i), hidden, "NULL");
            }
            cells.add(texts);
        }
        boolean more = rows.hasNext();
        int[] widths = new int[names.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = names.get(i).length();
            for (String[] texts : cells) {
                widths[i] = Math.max(widths[i], texts[i].length());
            }
        }
        out.println(line(names.toArray(String[]::new), widths, result, true));
        out.println(String.join("-+-", java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList()));
        for (String[] texts : cells) {
            out.println(line(texts, widths, result, false));
        }
        int shown = cells.size();
        out.println("(" + shown + (shown == 1 ? " row" : " rows") + (more ? ", more not shown" : "") + ")");
    }

    private static String line(String[] texts, int[] widths, QueryResult result, boolean header) {
        List<String> padded = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            boolean right = !header && result.numeric(i);
            padded.add(String.format("%" + (right ? "" : "-") + widths[i] + "s", texts[i]));
        }
        return String.join(" | ", padded).stripTrailing();
    }

    private static void csv(QueryResult result, PrintWriter out) {
        List<String> names = result.columns();
        out.println(CsvLine.of(names, ','));
        for (Iterator<List<Object>> rows = result.rows(); rows.hasNext(); ) {
            List<Object> row = rows.next();
            Set<String> hidden = QueryResult.hiddenColumns(names, row);
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                fields.add(cell(names.get(i), row.get(i), hidden, ""));
            }
            out.println(CsvLine.of(fields, ','));
        }
    }

    private static void json(QueryResult result, PrintWriter out) {
        List<String> names = result.columns();
        for (Iterator<List<Object>> rows = result.rows(); rows.hasNext(); ) {
            List<Object> row = rows.next();
            Set<String> hidden = QueryResult.hiddenColumns(names, row);
            ObjectNode line = JSON.createObjectNode();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                line.set(name, hidden.contains(name) ? line.textNode(CellText.MARKER) : node(row.get(i)));
            }
            try {
                out.println(JSON.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a JSON line: " + e.getMessage(), e);
            }
        }
    }

    /** A value as JSON: numbers and booleans as such, lists as arrays, anything else (dates) as its text. */
    private static JsonNode node(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return nodes.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Number number) {
            return nodes.numberNode(number.longValue());
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(v -> array.add(node(v)));
            return array;
        }
        return nodes.textNode(String.valueOf(value));
    }

    /** A cell as text: the marker when the row hides it, {@code nothing} for a null. */
    private static String cell(String column, Object value, Set<String> hidden, String nothing) {
        return hidden.contains(column) ? CellText.MARKER : value == null ? nothing : text(value);
    }

    private static String text(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
    }
}
