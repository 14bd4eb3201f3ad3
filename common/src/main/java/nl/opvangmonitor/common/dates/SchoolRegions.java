package nl.opvangmonitor.common.dates;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * Municipality to school holiday region (metrics.md, "School day"): the region of its province, unless
 * the schedule names the municipality as an exception (school_regions.csv, with its source).
 */
public final class SchoolRegions {
    private static final Map<String, SchoolRegion> BY_PROVINCE = new LinkedHashMap<>();
    private static final Map<String, SchoolRegion> BY_MUNICIPALITY = new LinkedHashMap<>();

    static {
        for (Map<String, String> row : CalendarResource.rows("school_regions.csv")) {
            SchoolRegion region = SchoolRegion.ofCode(row.get("region"));
            switch (row.get("kind")) {
                case "provincie" -> BY_PROVINCE.put(row.get("name"), region);
                case "gemeente" -> BY_MUNICIPALITY.put(row.get("code"), region);
                default -> throw new IllegalStateException("school_regions.csv: unknown kind " + row.get("kind"));
            }
        }
    }

    private SchoolRegions() {
    }

    /** The region of a municipality (CBS code) in a province; an unknown province is an error. */
    public static SchoolRegion of(String gemeentecode, String provincie) {
        SchoolRegion exception = BY_MUNICIPALITY.get(gemeentecode);
        if (exception != null) {
            return exception;
        }
        SchoolRegion region = BY_PROVINCE.get(provincie);
        if (region == null) {
            throw new IllegalArgumentException("no school region for gemeente " + gemeentecode + " in province '"
                    + provincie + "'");
        }
        return region;
    }

    /** Spark: the region code of {@code gemeentecode} in {@code provincie}, null for an unknown province. */
    public static Column column(Column gemeentecode, Column provincie) {
        return coalesce(try_element_at(literalMap(BY_MUNICIPALITY), gemeentecode),
                try_element_at(literalMap(BY_PROVINCE), provincie));
    }

    private static Column literalMap(Map<String, SchoolRegion> regions) {
        List<Column> entries = new ArrayList<>();
        regions.forEach((key, region) -> {
            entries.add(lit(key));
            entries.add(lit(region.code()));
        });
        return map(entries.toArray(Column[]::new));
    }
}
