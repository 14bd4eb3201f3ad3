package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.privacy.Bsn;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * How each kind of raw field of data-contract.md parses, as Spark columns over the raw string:
 * trimmed, empty means null, and a value that does not parse becomes null instead of throwing
 * (ANSI mode), so that "present but unparsed" is the rejection condition of its kind.
 */
final class FieldValues {
    private static final String NINE_DIGITS = "^[0-9]{9}$";

    private FieldValues() {
    }

    /** The raw field trimmed of spaces, null when empty. */
    static Column clean(RawColumn c) {
        return nullif(trim(col(c.rawName())), lit(""));
    }

    /**
     * Adds one typed column per raw column ({@link #typed}), so each value is parsed once and the
     * rules and the bronze projection refer to it instead of repeating its parsing expression.
     */
    static Dataset<Row> withTyped(Dataset<Row> parsed, RawSource source) {
        Column[] columns = Stream.concat(Arrays.stream(parsed.columns()).map(functions::col),
                source.columns().stream().map(c -> parse(c).as(typedName(c)))).toArray(Column[]::new);
        return parsed.select(columns);
    }

    /** The typed value of a field (date, int, boolean, enum word, checked code), null when absent or unparsable. */
    static Column typed(RawColumn c) {
        return col(typedName(c));
    }

    private static String typedName(RawColumn c) {
        return "typed_" + c.rawName();
    }

    /** How a field parses: to its type, or to null when absent or unparsable. */
    private static Column parse(RawColumn c) {
        Column v = clean(c);
        return switch (c.kind()) {
            case TEXT -> v;
            case DATE -> try_to_date(v, Dates.RAW_PATTERN);
            case INT -> when(v.rlike("^[0-9]{1,9}$"), v.try_cast("int"));
            case BOOL -> when(v.equalTo("J"), lit(true)).when(v.equalTo("N"), lit(false));
            case ENUM -> {
                Column word = c.values().equals(Vocabulary.CARE_END_REASONS) ? careEndReasonWord(v) : v;
                yield when(word.isin(c.values().toArray()), word);
            }
            case GEMEENTECODE -> when(v.rlike("^GM[0-9]{4}$"), v);
            case PROVINCIE -> when(v.isin(Vocabulary.PROVINCES.toArray()), v);
            case BRIN -> when(v.rlike("^[0-9A-Za-z]{4}$"), v);
            case VNUMMER -> when(v.rlike("^[0-9]{10}$"), v);
            case BSN -> when(passesElevenTest(v), v);
            case ONDERWIJSNUMMER -> when(v.rlike(NINE_DIGITS), v);
        };
    }

    /** Present but not parsable: the condition for the kind's reason code. */
    static Column isInvalid(RawColumn c) {
        return clean(c).isNotNull().and(typed(c).isNull());
    }

    /**
     * {@link Bsn#passesElevenTest} as a Spark expression, with its weights: 9 digits, not all zeros.
     * Digits are read with {@code ascii(..) - 48}, which cannot throw on a non-digit.
     */
    static Column passesElevenTest(Column bsn) {
        Column sum = lit(0);
        for (int i = 0; i < Bsn.WEIGHTS.length; i++) {
            sum = sum.plus(ascii(substring(bsn, i + 1, 1)).minus(48).multiply(Bsn.WEIGHTS[i]));
        }
        return bsn.rlike(NINE_DIGITS).and(bsn.notEqual(Bsn.ZEROS)).and(pmod(sum, lit(11)).equalTo(0));
    }

    /** Youth-care end reasons may come as codes 01..05: the word they stand for, else the value itself. */
    private static Column careEndReasonWord(Column v) {
        Column word = v;
        for (Map.Entry<String, String> code : Vocabulary.CARE_END_REASON_CODES.entrySet()) {
            word = when(v.equalTo(code.getKey()), lit(code.getValue())).otherwise(word);
        }
        return word;
    }
}
