package nl.opvangmonitor.jobs.conform;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.frame;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.conform.BronzeRows.bronze;
import static nl.opvangmonitor.jobs.conform.BronzeRows.delivery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Each finding type on a hand-written case, next to a clean case of the same shape that must not be reported. */
class QualityFindingsTest {
    static final String FINDINGS = "finding_type STRING, source STRING, finding_key STRING, detail STRING,"
            + " delivery_date DATE";

    private static final BronzeRows.Delivery JAN = delivery("2026-01-31");
    private static final BronzeRows.Delivery FEB = delivery("2026-02-28");
    private static final BronzeRows.Delivery MAR = delivery("2026-03-31");

    /** A stay of a person with fixed attributes. */
    private static Row stay(BronzeRows.Delivery delivery, String child, String location, String start, String end) {
        return delivery.stay(child, "b" + child, "2012-03-25", false, null, "2025-12-01", location, start, end, 1);
    }

    private static Dataset<Row> stays(Row... bewoning) {
        return ConformedTable.STAYS.build(bronze(RawSource.COA_BEWONING, bewoning));
    }

    @Test
    void overlappingStaysArePairsSharingADay() {
        var stays = stays(
                stay(JAN, "c1", "L1", "2026-01-01", "2026-02-01"),
                stay(FEB, "c1", "L2", "2026-01-20", null),
                // touching: L1 ends on the day L2 starts
                stay(JAN, "c2", "L1", "2026-01-01", "2026-02-01"),
                stay(JAN, "c2", "L2", "2026-02-01", null),
                // two open stays
                stay(JAN, "c3", "L1", "2026-01-01", null),
                stay(JAN, "c3", "L2", "2026-01-10", null));

        SharedSpark.assertSameRows(frame(FINDINGS,
                        row("OVERLAPPING_STAYS", "coa_bewoning", "c1|L1|2026-01-01|L2|2026-01-20",
                                "L1 2026-01-01..2026-02-01 overlaps L2 2026-01-20..open", d("2026-02-28")),
                        row("OVERLAPPING_STAYS", "coa_bewoning", "c3|L1|2026-01-01|L2|2026-01-10",
                                "L1 2026-01-01..open overlaps L2 2026-01-10..open", d("2026-01-31"))),
                QualityFindings.overlappingStays(stays));
    }

    @Test
    void relocationsNeedAStayEndingAtFromAndOneStartingAtToWithinADay() {
        var stays = stays(
                stay(JAN, "c2", "L1", "2026-01-01", "2026-02-01"),
                stay(JAN, "c2", "L2", "2026-02-01", null),
                // one day either way is tolerated
                stay(JAN, "c4", "L1", "2026-01-01", "2026-02-02"),
                stay(JAN, "c4", "L3", "2026-01-31", null),
                // two days off at the from-side, nothing at the to-side
                stay(JAN, "c5", "L1", "2026-01-01", "2026-03-03"),
                // the to-side is missing; the from-stay came in a later delivery than the relocation
                stay(MAR, "c6", "L1", "2026-01-01", "2026-03-01"));
        var relocations = ConformedTable.RELOCATIONS.build(bronze(RawSource.COA_VERHUISBEWEGINGEN,
                JAN.relocation("c2", "2026-02-01", "L1", "L2", "CAPACITEIT", 1),
                JAN.relocation("c4", "2026-02-01", "L1", "L3", "CAPACITEIT", 2),
                FEB.relocation("c5", "2026-03-01", "L1", "L2", "OVERIG", 1),
                JAN.relocation("c6", "2026-03-01", "L1", "L2", "OVERIG", 3),
                JAN.relocation("c7", "2026-03-01", "L1", "L2", "OVERIG", 4)));

        SharedSpark.assertSameRows(frame(FINDINGS,
                        row("RELOCATION_WITHOUT_STAYS", "coa_verhuisbewegingen", "c5|2026-03-01|L1",
                                "no stay ending at L1; no stay starting at L2", d("2026-02-28")),
                        row("RELOCATION_WITHOUT_STAYS", "coa_verhuisbewegingen", "c6|2026-03-01|L1",
                                "no stay starting at L2", d("2026-03-31")),
                        row("RELOCATION_WITHOUT_STAYS", "coa_verhuisbewegingen", "c7|2026-03-01|L1",
                                "no stay ending at L1; no stay starting at L2", d("2026-01-31"))),
                QualityFindings.relocationsWithoutStays(relocations, stays));
    }

    @Test
    void changedPersonAttributesAreReportedButABsnArrivingOrMissingIsNot() {
        var history = bronze(RawSource.COA_BEWONING,
                JAN.stay("c1", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 1),
                FEB.stay("c1", null, "2012-03-25", true, null, "2025-12-01", "L1", "2026-01-01", null, 1),
                // bsn arrives: normal
                JAN.stay("c2", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 2),
                FEB.stay("c2", "b2", "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 2),
                // one bsn replaced by another
                JAN.stay("c3", "b3", "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 3),
                FEB.stay("c3", "b4", "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 3),
                // nothing changes over two stays and two deliveries
                JAN.stay("c4", "b4", "2012-03-25", false, "f4", "2025-12-01", "L1", "2026-01-01", "2026-01-20", 4),
                FEB.stay("c4", "b4", "2012-03-25", false, "f4", "2025-12-01", "L2", "2026-01-20", null, 4),
                // birth date and family (to none) change in one row
                JAN.stay("c5", null, "2012-03-25", false, "f5", "2025-12-01", "L1", "2026-01-01", null, 5),
                FEB.stay("c5", null, "2012-04-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 5),
                // amv changes and changes back: dated by the last change
                JAN.stay("c6", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 6),
                FEB.stay("c6", null, "2012-03-25", true, null, "2025-12-01", "L1", "2026-01-01", null, 6),
                MAR.stay("c6", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 6),
                // a bsn missing from a later row is no change, nor is it when the same bsn returns
                JAN.stay("c8", "b8", "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 8),
                FEB.stay("c8", null, "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 8),
                MAR.stay("c8", "b8", "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 8));

        SharedSpark.assertSameRows(frame(FINDINGS,
                        row("CHANGED_PERSON_ATTRIBUTE", "coa_bewoning", "c1", "amv", d("2026-02-28")),
                        row("CHANGED_PERSON_ATTRIBUTE", "coa_bewoning", "c3", "bsn_id", d("2026-02-28")),
                        row("CHANGED_PERSON_ATTRIBUTE", "coa_bewoning", "c5", "birth_date,family_id", d("2026-02-28")),
                        row("CHANGED_PERSON_ATTRIBUTE", "coa_bewoning", "c6", "amv", d("2026-03-31"))),
                QualityFindings.changedPersonAttributes(history));
    }

    @Test
    void registrationsAndTrajectoriesWhoseBsnIsNoPersonsAreUnlinked() {
        var persons = ConformedTable.PERSONS.build(bronze(RawSource.COA_BEWONING,
                JAN.stay("c1", "b1", "2012-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 1),
                FEB.stay("c2", null, "2015-03-25", false, null, "2025-12-01", "L1", "2026-01-01", null, 2)));
        var enrolments = ConformedTable.ENROLMENTS.build(bronze(RawSource.DUO_INSCHRIJVINGEN,
                JAN.enrolment("b1", "12AB", "2026-01-05", null, 1),
                FEB.enrolment("b9", "12AB", "2026-02-01", null, 2),
                // without a bsn there is nothing to link: not this finding
                JAN.enrolmentWithoutBsn("o1", "34CD", "2026-01-05", 3)));
        var care = ConformedTable.CARE_TRAJECTORIES.build(bronze(RawSource.JEUGDHULP_TRAJECTEN,
                JAN.care("b1", "GM0001", "P1", "AMBULANT", "2025-01-01", null, null, 1),
                MAR.care("b9", "GM0001", "P1", "AMBULANT", "2025-01-01", null, null, 2)));

        SharedSpark.assertSameRows(frame(FINDINGS,
                        row("ENROLMENT_UNLINKED", "duo_inschrijvingen", "b9|12AB|2026-02-01", "no person with this bsn",
                                d("2026-02-28"))),
                QualityFindings.enrolmentsUnlinked(enrolments, persons));
        SharedSpark.assertSameRows(frame(FINDINGS,
                        row("CARE_UNLINKED", "jeugdhulp_trajecten", "b9|P1|AMBULANT|2025-01-01", "no person with this bsn",
                                d("2026-03-31"))),
                QualityFindings.careUnlinked(care, persons));
        SharedSpark.assertSameRows(frame(FINDINGS,
                        row("PERSON_WITHOUT_BSN", "coa_bewoning", "c2", "no bsn delivered", d("2026-02-28"))),
                QualityFindings.personsWithoutBsn(persons));
    }

    @Test
    void consistentDataHasNoFindings() {
        var history = bronze(RawSource.COA_BEWONING,
                JAN.stay("c1", null, "2012-03-25", false, "f1", "2025-12-01", "L1", "2026-01-01", null, 1),
                FEB.stay("c1", "b1", "2012-03-25", false, "f1", "2025-12-01", "L1", "2026-01-01", "2026-02-01", 1),
                FEB.stay("c1", "b1", "2012-03-25", false, "f1", "2025-12-01", "L2", "2026-02-01", null, 2));
        var relocations = ConformedTable.RELOCATIONS.build(bronze(RawSource.COA_VERHUISBEWEGINGEN,
                FEB.relocation("c1", "2026-02-01", "L1", "L2", "CAPACITEIT", 1)));
        var enrolments = ConformedTable.ENROLMENTS.build(bronze(RawSource.DUO_INSCHRIJVINGEN,
                FEB.enrolment("b1", "12AB", "2026-02-03", null, 1)));
        var care = ConformedTable.CARE_TRAJECTORIES.build(bronze(RawSource.JEUGDHULP_TRAJECTEN,
                FEB.care("b1", "GM0001", "P1", "AMBULANT", "2025-01-01", "2025-02-01", "VOLGENS_PLAN", 1),
                FEB.care("b1", "GM0001", "P1", "AMBULANT", "2025-02-01", null, null, 2)));

        Dataset<Row> findings = QualityFindings.all(history, ConformedTable.PERSONS.build(history),
                ConformedTable.STAYS.build(history), relocations, enrolments, care);
        assertEquals(java.util.List.of(), findings.collectAsList());
    }
}
