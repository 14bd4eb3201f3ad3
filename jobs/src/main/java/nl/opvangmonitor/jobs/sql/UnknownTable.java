package nl.opvangmonitor.jobs.sql;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A helpful line for a table name the engine cannot find: a declared table of a layer that is not
 * registered says how to widen {@code --layers}; a misspelt name gets the nearest registered name.
 */
public final class UnknownTable {
    private static final Pattern NOT_FOUND = Pattern.compile("TABLE_OR_VIEW_NOT_FOUND\\].*?`([^`]+)`(?:\\.`([^`]+)`)?");

    private UnknownTable() {
    }

    /** The advice for Spark's error message, when it is about a table that was not found. */
    public static Optional<String> advice(String message, List<TableDef> registered) {
        Matcher m = NOT_FOUND.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        return forName(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2), registered);
    }

    /** The advice for a layer-qualified name that is not among the registered tables. */
    public static Optional<String> forName(String name, List<TableDef> registered) {
        Optional<TableDef> declared = Tables.all().stream().filter(t -> t.qualifiedName().equals(name)).findFirst();
        if (declared.isPresent()) {
            return Optional.of(name + " is not registered: sql serves the publish layer (disclosure-controlled); "
                    + "to query " + declared.get().layer().folder() + " on purpose add --layers "
                    + declared.get().layer().folder() + ",publish");
        }
        return registered.stream().map(TableDef::qualifiedName)
                .min(Comparator.comparingInt(n -> LevenshteinDistance.getDefaultInstance().apply(n, name)))
                .map(nearest -> "no table " + name + "; did you mean " + nearest + "?");
    }
}
