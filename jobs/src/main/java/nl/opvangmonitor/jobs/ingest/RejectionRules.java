package nl.opvangmonitor.jobs.ingest;

import static org.apache.spark.sql.functions.*;

import java.util.EnumMap;
import java.util.Map;
import nl.opvangmonitor.common.contract.FieldKind;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The record-level rejection rules of data-contract.md ("What counts as a bad record") for one
 * source, as one Spark condition per {@link RejectReason}. {@link #withReasons} adds the
 * {@code reasons} column: every code whose condition holds, in code order; empty means accepted.
 * The reference rule (UNKNOWN_LOCATION) needs other tables and lives in {@link LocationReferences}.
 */
final class RejectionRules {
    /** The one date that may lie after its delivery: a planned closing. */
    private static final String PLANNED_DATE = "datum_sluiting";

    private final RawSource source;
    private final Map<RejectReason, Column> conditions = new EnumMap<>(RejectReason.class);

    private RejectionRules(RawSource source) {
        this.source = source;
    }

    /**
     * Adds the typed values ({@link FieldValues#withTyped}) and {@code reasons}: the file-level
     * problem alone if there is one, else every record rule that fails.
     */
    static Dataset<Row> withReasons(Dataset<Row> parsed, RawSource source) {
        Column problem = col(ParsedRecords.PROBLEM);
        return FieldValues.withTyped(parsed, source).withColumn(QuarantineTables.REASONS,
                when(problem.isNotNull(), array_compact(array(problem))).otherwise(of(source).reasons()));
    }

    /** The rules of a source. */
    static RejectionRules of(RawSource source) {
        RejectionRules rules = new RejectionRules(source);
        Column delivery = col(BronzeTables.DELIVERY_DATE);
        for (RawColumn c : source.columns()) {
            if (c.required()) {
                rules.add(RejectReason.MISSING_REQUIRED, FieldValues.clean(c).isNull());
            }
            c.kind().invalidReason().ifPresent(reason -> rules.add(reason, FieldValues.isInvalid(c)));
            if (c.kind() == FieldKind.DATE && !c.rawName().equals(PLANNED_DATE)) {
                rules.add(RejectReason.DATE_AFTER_DELIVERY, FieldValues.typed(c).gt(delivery));
            }
        }
        switch (source) {
            case COA_LOCATIES -> rules.endBeforeStart("datum_open", "datum_sluiting");
            case COA_BEWONING -> {
                rules.endBeforeStart("datum_instroom", "datum_uitstroom");
                rules.add(RejectReason.BIRTH_AFTER_APPLICATION, rules.value("geboortedatum").gt(rules.value("datum_aanvraag")));
            }
            case COA_VERHUISBEWEGINGEN -> rules.add(RejectReason.SAME_FROM_TO,
                    rules.clean("van_locatiecode").equalTo(rules.clean("naar_locatiecode")));
            case DUO_INSCHRIJVINGEN -> {
                rules.endBeforeStart("datum_inschrijving", "datum_uitschrijving");
                rules.add(RejectReason.BSN_XOR_ONDERWIJSNUMMER,
                        rules.clean("bsn").isNull().equalTo(rules.clean("onderwijsnummer").isNull()));
            }
            case JEUGDHULP_TRAJECTEN -> rules.endBeforeStart("datum_start", "datum_einde");
            case COA_KSO_LEADS -> {
                rules.add(RejectReason.BAD_NUMBER, rules.value("capaciteit").between(1, 150).equalTo(false));
                rules.add(RejectReason.MISSING_REQUIRED, rules.clean("status").isin("AFGEWEZEN", "ON_HOLD")
                        .and(rules.clean("afwijsreden").isNull()));
            }
            case COA_INVENTARISATIE -> {
                // only field and date rules
            }
        }
        return rules;
    }

    /** The codes of all rules that hold, in code order (conditions that are null, from absent values, do not hold). */
    Column reasons() {
        Column[] codes = conditions.entrySet().stream()
                .map(e -> when(e.getValue(), lit(e.getKey().name())))
                .toArray(Column[]::new);
        return array_compact(array(codes));
    }

    private void endBeforeStart(String start, String end) {
        add(RejectReason.END_BEFORE_START, value(end).lt(value(start)));
    }

    private void add(RejectReason reason, Column condition) {
        conditions.merge(reason, condition, Column::or);
    }

    private Column value(String rawName) {
        return FieldValues.typed(source.column(rawName));
    }

    private Column clean(String rawName) {
        return FieldValues.clean(source.column(rawName));
    }
}
