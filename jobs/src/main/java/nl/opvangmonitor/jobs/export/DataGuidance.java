package nl.opvangmonitor.jobs.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.jobs.sql.SqlEngine;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;

/**
 * The data guidance of a publication (as the UK's Explore Education Statistics and CBS's "Toelichting"
 * ship it), written from the table declarations: per table its description, grain, revision and k;
 * per column its kind, unit, meaning and denominator; the code lists; the as_of and the newest delivery.
 * The same content goes to data-guidance.md, data-guidance.csv, code-lists.csv and the Guidance sheet.
 */
public record DataGuidance(String asOf, String newestDelivery, List<PublishedTable> tables,
                           Map<String, String> revisions, Map<String, Map<String, String>> codeLists) {

    /** Header of the per-column rows. */
    public static final List<String> COLUMN_HEADER = List.of("table", "column", "kind", "unit", "description",
            "denominator");
    /** Header of the code list rows. */
    public static final List<String> CODE_HEADER = List.of("dimension", "code", "name");

    /** The guidance of the publish tables of a lake. */
    public static DataGuidance of(SqlEngine engine, List<PublishedTable> tables) {
        Map<String, String> revisions = new LinkedHashMap<>();
        tables.forEach(t -> revisions.put(t.table().name(), Revisions.of(engine, t.table())));
        return new DataGuidance(asOf(tables), newestDelivery(engine), tables, revisions, CodeLists.of(engine));
    }

    /** The lines before the tables: dates, marker, levels, provisional. */
    public List<String> preamble() {
        return List.of(
                "as_of (reporting date): " + asOf,
                "newest delivery (extraction date): " + newestDelivery,
                "Suppressed cells read " + CellText.MARKER + "; an empty cell has no value; 0 is a real zero. "
                        + "ALL in a dimension is the total over it.",
                "level: total (every dimension ALL), subtotal (some), detail (none); sum only rows of one level.",
                "provisional: later deliveries can still change the row; each table says when. A provisional "
                        + "share is over the children decided so far.",
                "Statistics are rounded to " + CellText.DECIMALS + " decimal in the exports; the lake keeps full "
                        + "precision.");
    }

    /** Per table: name, description, grain (keys), dimensions, k and revision. */
    public List<String> about(PublishedTable t) {
        TableDef def = t.table();
        return List.of(def.qualifiedName() + ": " + def.description(),
                "  one row per: " + String.join(", ", def.keys()) + "; dimensions: "
                        + String.join(", ", def.columnsWithRole(ColumnRole.DIMENSION)) + "; " + t.threshold(),
                "  since the last publication: " + revisions.get(def.name()));
    }

    /** One row per exported column of every table: table, column, kind, unit, description, denominator. */
    public List<List<String>> columnRows() {
        List<List<String>> rows = new ArrayList<>();
        for (PublishedTable t : tables) {
            for (String column : t.columns()) {
                if (column.equals(PublishedTable.LEVEL)) {
                    rows.add(List.of(t.table().name(), column, "level", "code", PublishedTable.LEVEL_DESCRIPTION, ""));
                } else {
                    TableColumn c = t.table().column(column);
                    rows.add(List.of(t.table().name(), column, kind(c), c.unit(), c.description(), denominator(c)));
                }
            }
        }
        return rows;
    }

    /** One row per code of every code list a published table uses. */
    public List<List<String>> codeRows() {
        List<List<String>> rows = new ArrayList<>();
        codeLists.forEach((dim, codes) -> {
            if (tables.stream().anyMatch(t -> t.table().columnsWithRole(ColumnRole.DIMENSION).contains(dim))) {
                codes.forEach((code, name) -> rows.add(List.of(dim, code, name)));
            }
        });
        return rows;
    }

    /** data-guidance.md. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# opvangmonitor: data guidance\n\n");
        preamble().forEach(l -> md.append("- ").append(l).append('\n'));
        for (PublishedTable t : tables) {
            List<String> about = about(t);
            md.append("\n## ").append(t.table().name()).append("\n\n").append(t.table().description()).append("\n\n")
                    .append(about.get(1).trim()).append(". Since the last publication: ")
                    .append(revisions.get(t.table().name())).append(".\n\n")
                    .append("| column | kind | unit | description | denominator |\n|---|---|---|---|---|\n");
            columnRows().stream().filter(r -> r.get(0).equals(t.table().name()))
                    .forEach(r -> md.append("| ").append(String.join(" | ", r.subList(1, r.size())
                            .stream().map(f -> f.replace("|", "\\|")).toList())).append(" |\n"));
        }
        md.append("\n## Code lists\n\n| dimension | code | name |\n|---|---|---|\n");
        codeRows().forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return md.toString();
    }

    private static String kind(TableColumn c) {
        return switch (c.role()) {
            case TIME -> "time";
            case DIMENSION -> "dimension";
            case COUNT -> "count of persons (suppressed 1..k-1)";
            case RECORD_COUNT -> "count (never suppressed)";
            case STATISTIC -> "statistic";
            case PLAIN -> "flag";
        };
    }

    /** For a statistic, the persons it is computed over and the counts it is calculated from. */
    private static String denominator(TableColumn c) {
        if (c.role() != ColumnRole.STATISTIC) {
            return "";
        }
        String base = "over " + String.join(" + ", c.base());
        return c.inputs().isEmpty() || c.inputs().equals(c.base()) ? base
                : base + "; from " + String.join(", ", c.inputs());
    }

    /** The latest month-end or as_of of the tables: the as_of of the newest metrics run. */
    private static String asOf(List<PublishedTable> tables) {
        return tables.stream()
                .filter(t -> List.of("month_end", "as_of").containsAll(t.table().columnsWithRole(ColumnRole.TIME)))
                .map(PublishedTable::latestTime).filter(java.util.Objects::nonNull).map(Object::toString)
                .max(String::compareTo).orElse("unknown");
    }

    /** The newest delivery date, or "unknown" without one: export reads any lake holding publish tables. */
    private static String newestDelivery(SqlEngine engine) {
        if (!engine.registered().contains(OpsTables.DELIVERIES)) {
            return "unknown";
        }
        Object newest = engine.run("SELECT max(delivery_date) FROM " + OpsTables.DELIVERIES.qualifiedName()).result()
                .rows().next().get(0);
        return newest == null ? "unknown" : newest.toString();
    }
}
