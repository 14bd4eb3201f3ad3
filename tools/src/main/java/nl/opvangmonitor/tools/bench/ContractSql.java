package nl.opvangmonitor.tools.bench;

import static nl.opvangmonitor.tools.bench.DuckDbSession.identifier;
import static nl.opvangmonitor.tools.bench.DuckDbSession.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.opvangmonitor.common.contract.FieldKind;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import nl.opvangmonitor.common.contract.Vocabulary;

/**
 * The raw contract (data-contract.md, "What counts as a bad record") as DuckDB SQL, generated from
 * the {@link RawSource} declarations so the peer and ingest check the same columns, kinds and code
 * lists: a cleaning expression per field (trimmed, empty is null), a parsing expression per kind
 * (null when unparsable) and the list of reason codes a record fails. The reference rule
 * (UNKNOWN_LOCATION) needs the known locations and is added by {@link RecordChecks}.
 */
final class ContractSql {
    private static final String RAW_DATE_FORMAT = "%d-%m-%Y";
    /** The one date that may lie after its delivery: a planned closing. */
    private static final String PLANNED_DATE = "datum_sluiting";

    private ContractSql() {
    }

    /**
     * The raw field trimmed of spaces, null when empty; provinces NFC-normalised, since a province is the
     * one code list whose values carry accents ("Fryslân"). Ingest normalises every field; for the others the
     * peer's checks and results are the same either way (codes, digits and dates are ASCII).
     */
    static String clean(RawColumn c) {
        String trimmed = "nullif(trim(" + identifier(c.rawName()) + "), '')";
        return c.kind() == FieldKind.PROVINCIE ? "nfc_normalize(" + trimmed + ")" : trimmed;
    }

    /**
     * The typed value of a field from its cleaned text (column {@code clean_<name>}), null when absent
     * or unparsable. Identifiers become numbers: they are fixed-width digit strings, so the number is
     * as unique as the text, and joins and groupings on it are cheaper.
     */
    static String parse(RawColumn c) {
        String v = identifier(cleanName(c));
        return switch (c.kind()) {
            case TEXT -> v;
            case DATE -> "CASE WHEN regexp_full_match(" + v + ", '[0-9]{2}-[0-9]{2}-[0-9]{4}') THEN try_strptime(" + v
                    + ", '" + RAW_DATE_FORMAT + "')::DATE END";
            case INT -> castWhenMatches(v, "[0-9]{1,9}", "INTEGER");
            case BOOL -> "CASE " + v + " WHEN 'J' THEN true WHEN 'N' THEN false END";
            case ENUM -> whenIn(v, c.values());
            case PROVINCIE -> whenIn(v, Vocabulary.PROVINCES);
            case GEMEENTECODE -> whenMatches(v, "GM[0-9]{4}");
            case BRIN -> whenMatches(v, "[0-9A-Za-z]{4}");
            case VNUMMER -> castWhenMatches(v, "[0-9]{10}", "BIGINT");
            case ONDERWIJSNUMMER -> castWhenMatches(v, "[0-9]{9}", "BIGINT");
            case BSN -> "CASE WHEN " + elevenTest(v) + " THEN " + v + "::BIGINT END";
        };
    }

    /**
     * The reason codes a typed record fails, as a DuckDB list without duplicates (empty: accepted),
     * from columns {@code <name>} (typed), {@code clean_<name>} (cleaned text) and {@code delivery_date}.
     */
    static String reasons(RawSource source, List<String> extraConditions) {
        List<String> conditions = new ArrayList<>();
        for (RawColumn c : source.columns()) {
            String typed = identifier(c.rawName());
            String clean = identifier(cleanName(c));
            if (c.required()) {
                conditions.add(reasonWhen(RejectReason.MISSING_REQUIRED, clean + " IS NULL"));
            }
            c.kind().invalidReason().ifPresent(r -> conditions.add(reasonWhen(r, clean + " IS NOT NULL AND " + typed + " IS NULL")));
            if (c.kind() == FieldKind.DATE && !c.rawName().equals(PLANNED_DATE)) {
                conditions.add(reasonWhen(RejectReason.DATE_AFTER_DELIVERY, typed + " > delivery_date"));
            }
        }
        conditions.addAll(sourceRules(source));
        conditions.addAll(extraConditions);
        return "list_distinct([" + String.join(",\n    ", conditions) + "])";
    }

    /** {@code CASE WHEN condition THEN 'REASON' END}: one entry of a reasons list. */
    static String reasonWhen(RejectReason reason, String condition) {
        return "CASE WHEN " + condition + " THEN '" + reason.name() + "' END";
    }

    /** Name of the cleaned text of a column beside its typed value. */
    static String cleanName(RawColumn c) {
        return "clean_" + c.rawName();
    }

    /** A VALUES list mapping each opvangvorm to its category (data-contract.md, coa_locaties). */
    static String categoryValues() {
        return Vocabulary.OPVANGVORMEN.stream()
                .map(v -> "(" + literal(v) + ", " + literal(Vocabulary.categoryOf(v)) + ")")
                .collect(Collectors.joining(", "));
    }

    private static List<String> sourceRules(RawSource source) {
        return switch (source) {
            case COA_LOCATIES -> List.of(endBeforeStart("datum_open", "datum_sluiting"));
            case COA_BEWONING -> List.of(endBeforeStart("datum_instroom", "datum_uitstroom"),
                    reasonWhen(RejectReason.BIRTH_AFTER_APPLICATION, "geboortedatum > datum_aanvraag"));
            case COA_VERHUISBEWEGINGEN -> List.of(reasonWhen(RejectReason.SAME_FROM_TO,
                    "clean_van_locatiecode = clean_naar_locatiecode"));
            case DUO_INSCHRIJVINGEN -> List.of(endBeforeStart("datum_inschrijving", "datum_uitschrijving"),
                    reasonWhen(RejectReason.BSN_XOR_ONDERWIJSNUMMER, "(clean_bsn IS NULL) = (clean_onderwijsnummer IS NULL)"));
            default -> throw new IllegalArgumentException("the DuckDB peer does not read " + source.folder());
        };
    }

    private static String endBeforeStart(String start, String end) {
        return reasonWhen(RejectReason.END_BEFORE_START, end + " < " + start);
    }

    /** 9 digits, not all zeros, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11) (data-contract.md, Identifiers). */
    private static String elevenTest(String v) {
        String sum = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "(ascii(substr(" + v + ", " + i + ", 1)) - 48) * " + (i < 9 ? 10 - i : -1))
                .collect(Collectors.joining(" + "));
        return "regexp_full_match(" + v + ", '[0-9]{9}') AND " + v + " <> '000000000' AND (" + sum + ") % 11 = 0";
    }

    private static String whenMatches(String v, String regex) {
        return "CASE WHEN regexp_full_match(" + v + ", " + literal(regex) + ") THEN " + v + " END";
    }

    private static String castWhenMatches(String v, String regex, String type) {
        return "CASE WHEN regexp_full_match(" + v + ", " + literal(regex) + ") THEN " + v + "::" + type + " END";
    }

    private static String whenIn(String v, List<String> values) {
        return "CASE WHEN " + v + " IN (" + values.stream().map(DuckDbSession::literal).collect(Collectors.joining(", "))
                + ") THEN " + v + " END";
    }
}
