package nl.opvangmonitor.jobs.metrics.quality;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.frame;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.QuarantineTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.metrics.MetricContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** gold.data_quality from a hand-built ops.deliveries, quarantine and findings, and from the tables a run reads. */
class DataQualityTest {
    private static Row delivery(String source, String date, long read, long accepted, long quarantined) {
        return row(source, d(date), List.of(date + ".csv"), "checksum", read, accepted, quarantined, "run-test",
                Timestamp.valueOf("2026-04-01 06:00:00"));
    }

    @Test
    void accountingQuarantineReasonsAndFindingsPerSourceAndDeliveryWithTotalsOverSources() {
        var deliveries = frame(OpsTables.DELIVERIES.schema(),
                delivery("coa_bewoning", "2026-01-31", 10, 8, 2),
                delivery("coa_bewoning", "2026-02-28", 5, 5, 0),
                delivery("duo_inschrijvingen", "2026-01-31", 4, 3, 1));
        var quarantined = frame("source STRING, delivery_date DATE, reasons ARRAY<STRING>",
                row("coa_bewoning", d("2026-01-31"), List.of("BAD_DATE")),
                // a row with two reasons counts under both
                row("coa_bewoning", d("2026-01-31"), List.of("BAD_DATE", "BAD_BSN")),
                row("duo_inschrijvingen", d("2026-01-31"), List.of("BSN_XOR_ONDERWIJSNUMMER")));
        var findings = frame(SilverTables.QUALITY_FINDINGS.schema(),
                row("OVERLAPPING_STAYS", "coa_bewoning", "c1|L1|2026-01-01|L2|2026-01-20", "", d("2026-02-28")),
                row("OVERLAPPING_STAYS", "coa_bewoning", "c3|L1|2026-01-01|L2|2026-01-10", "", d("2026-02-28")),
                row("PERSON_WITHOUT_BSN", "coa_bewoning", "c2", "", d("2026-01-31")),
                row("ENROLMENT_UNLINKED", "duo_inschrijvingen", "b9|12AB|2026-02-01", "", d("2026-01-31")));

        SharedSpark.assertSameRows(frame("delivery_date DATE, source STRING, item STRING, rows BIGINT",
                        row(d("2026-01-31"), "coa_bewoning", "rows_read", 10L),
                        row(d("2026-01-31"), "coa_bewoning", "rows_accepted", 8L),
                        row(d("2026-01-31"), "coa_bewoning", "rows_quarantined", 2L),
                        row(d("2026-01-31"), "coa_bewoning", "quarantined_BAD_DATE", 2L),
                        row(d("2026-01-31"), "coa_bewoning", "quarantined_BAD_BSN", 1L),
                        row(d("2026-01-31"), "coa_bewoning", "finding_PERSON_WITHOUT_BSN", 1L),
                        row(d("2026-02-28"), "coa_bewoning", "rows_read", 5L),
                        row(d("2026-02-28"), "coa_bewoning", "rows_accepted", 5L),
                        row(d("2026-02-28"), "coa_bewoning", "rows_quarantined", 0L),
                        row(d("2026-02-28"), "coa_bewoning", "finding_OVERLAPPING_STAYS", 2L),
                        row(d("2026-01-31"), "duo_inschrijvingen", "rows_read", 4L),
                        row(d("2026-01-31"), "duo_inschrijvingen", "rows_accepted", 3L),
                        row(d("2026-01-31"), "duo_inschrijvingen", "rows_quarantined", 1L),
                        row(d("2026-01-31"), "duo_inschrijvingen", "quarantined_BSN_XOR_ONDERWIJSNUMMER", 1L),
                        row(d("2026-01-31"), "duo_inschrijvingen", "finding_ENROLMENT_UNLINKED", 1L),
                        row(d("2026-01-31"), "ALL", "rows_read", 14L),
                        row(d("2026-01-31"), "ALL", "rows_accepted", 11L),
                        row(d("2026-01-31"), "ALL", "rows_quarantined", 3L),
                        row(d("2026-01-31"), "ALL", "quarantined_BAD_DATE", 2L),
                        row(d("2026-01-31"), "ALL", "quarantined_BAD_BSN", 1L),
                        row(d("2026-01-31"), "ALL", "quarantined_BSN_XOR_ONDERWIJSNUMMER", 1L),
                        row(d("2026-01-31"), "ALL", "finding_PERSON_WITHOUT_BSN", 1L),
                        row(d("2026-01-31"), "ALL", "finding_ENROLMENT_UNLINKED", 1L),
                        row(d("2026-02-28"), "ALL", "rows_read", 5L),
                        row(d("2026-02-28"), "ALL", "rows_accepted", 5L),
                        row(d("2026-02-28"), "ALL", "rows_quarantined", 0L),
                        row(d("2026-02-28"), "ALL", "finding_OVERLAPPING_STAYS", 2L)),
                DataQuality.of(deliveries, quarantined, findings));
    }

    @Test
    void theMetricsStepCountsTheQuarantineOfEverySource() {
        Map<TableDef, Dataset<Row>> tables = new HashMap<>();
        for (RawSource source : RawSource.values()) {
            TableDef quarantine = QuarantineTables.of(source);
            tables.put(quarantine, source == RawSource.COA_BEWONING
                    ? frame(quarantine.schema(), row("coa_bewoning", d("2026-01-31"), "2026-01-31.csv", 6L, "raw line",
                            List.of("BAD_DATE"), "run-test"))
                    : frame(quarantine.schema()));
        }
        tables.put(OpsTables.DELIVERIES,
                frame(OpsTables.DELIVERIES.schema(), delivery("coa_bewoning", "2026-01-31", 5, 4, 1)));
        tables.put(SilverTables.QUALITY_FINDINGS, frame(SilverTables.QUALITY_FINDINGS.schema()));
        DataQuality table = new DataQuality();
        MetricContext context = MetricContext.of(SharedSpark.spark(), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 1, 1), tables).readingInputsOf(table);

        assertEquals(List.of("[ALL,quarantined_BAD_DATE,1]", "[coa_bewoning,quarantined_BAD_DATE,1]"),
                table.compute(context).filter("item LIKE 'quarantined_%'").select("source", "item", "rows")
                        .collectAsList().stream().map(Row::toString).sorted().toList());
    }
}
