package nl.opvangmonitor.common.contract;

import java.util.List;

/**
 * One column of a raw source as data-contract.md defines it: its Dutch raw name, the English
 * name it gets in bronze, its kind, whether it is required, and the allowed values of an enum.
 */
public record RawColumn(String rawName, String bronzeName, FieldKind kind, boolean required, List<String> values) {
    public RawColumn {
        values = List.copyOf(values);
    }

    static RawColumn req(String rawName, String bronzeName, FieldKind kind, String... values) {
        return new RawColumn(rawName, bronzeName, kind, true, List.of(values));
    }

    static RawColumn opt(String rawName, String bronzeName, FieldKind kind, String... values) {
        return new RawColumn(rawName, bronzeName, kind, false, List.of(values));
    }
}
