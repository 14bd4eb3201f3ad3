package nl.opvangmonitor.generator;

import static nl.opvangmonitor.generator.RawValues.bool;
import static nl.opvangmonitor.generator.RawValues.date;
import static nl.opvangmonitor.generator.RawValues.endKnownOn;
import static nl.opvangmonitor.generator.RawValues.text;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.generator.Household.Child;
import nl.opvangmonitor.generator.ReceptionPath.Move;
import nl.opvangmonitor.generator.ReceptionPath.Stay;

/**
 * Delivers a household's records to the five person-level sources: its children's stays,
 * relocations, school registrations and care trajectories, each as it is known on each delivery
 * day. Person attributes (bsn, birth date) on stay rows are as known on that day, so the bsn
 * appears on the open stay once registered, and a birth first registered as 1 January is
 * re-delivered corrected; a share of relocations, registrations and trajectories is re-delivered
 * later with a corrected non-key value.
 */
final class PersonRows {
    private final GeneratorParameters p;
    private final long seed;
    private final RecordEmitter emitter;

    PersonRows(GeneratorParameters p, long seed, RecordEmitter emitter) {
        this.p = p;
        this.seed = seed;
        this.emitter = emitter;
    }

    void emit(Household h) {
        for (Child c : h.children()) {
            SplittableRandom corrections = Rand.stream(seed, Rand.CORRECTIONS, c.person());
            SplittableRandom defects = Rand.stream(seed, Rand.DEFECTS, c.person());
            stays(h, c, corrections, defects);
            for (Move m : h.path().moves()) {
                move(c, m, corrections, defects);
            }
            for (Enrolment e : c.enrolments()) {
                enrolment(e, corrections, defects);
            }
            for (CareTrajectory t : c.care()) {
                care(c, t, corrections, defects);
            }
        }
    }

    private void stays(Household h, Child c, SplittableRandom corrections, SplittableRandom defects) {
        LocalDate firstOfYear = c.birth().withDayOfYear(1);
        boolean wrongBirth = Rand.chance(corrections, p.population().birthDateCorrectionShare()) && !c.birth().equals(firstOfYear);
        LocalDate corrected = wrongBirth ? h.applied().plusDays(Rand.between(corrections, 30, 300)) : null;
        List<Stay> stays = h.path().stays();
        for (int i = 0; i < stays.size(); i++) {
            Stay s = stays.get(i);
            boolean last = i == stays.size() - 1;
            LocalDate bsnChange = c.bsnDate() != null && s.covers(c.bsnDate()) ? c.bsnDate() : null;
            LocalDate birthChange = corrected != null && (s.covers(corrected) || last && s.end() != null && !corrected.isBefore(s.end()))
                    ? corrected : null;
            emitter.emit(RawSource.COA_BEWONING, defects, day -> new String[] {
                    c.vnummer(),
                    c.bsnDate() != null && !c.bsnDate().isAfter(day) ? c.bsn() : "",
                    date(corrected != null && day.isBefore(corrected) ? firstOfYear : c.birth()),
                    bool(h.amv()),
                    text(h.gezinsnummer()),
                    date(h.applied()),
                    s.location().code(),
                    date(s.start()),
                    endKnownOn(s.end(), day)}, s.start(), s.end(), bsnChange, birthChange);
        }
    }

    private void move(Child c, Move m, SplittableRandom corrections, SplittableRandom defects) {
        boolean wrong = Rand.chance(corrections, p.quality().correctionRate()) && !m.reason().equals("OVERIG");
        LocalDate fixed = wrong ? m.date().plusDays(Rand.between(corrections, 20, 120)) : null;
        emitter.emit(RawSource.COA_VERHUISBEWEGINGEN, defects, day -> new String[] {
                c.vnummer(), date(m.date()), m.from().code(), m.to().code(),
                fixed != null && day.isBefore(fixed) ? "OVERIG" : m.reason()}, m.date(), fixed);
    }

    private void enrolment(Enrolment e, SplittableRandom corrections, SplittableRandom defects) {
        boolean wrong = Rand.chance(corrections, p.quality().correctionRate()) && e.aanmelding() != null;
        LocalDate wrongAanmelding = wrong ? e.aanmelding().minusDays(Rand.between(corrections, 1, 10)) : null;
        LocalDate fixed = wrong ? e.start().plusDays(Rand.between(corrections, 20, 120)) : null;
        emitter.emit(RawSource.DUO_INSCHRIJVINGEN, defects, day -> new String[] {
                text(e.bsn()), text(e.onderwijsnummer()), e.brin(), e.municipality().code(), e.soort(),
                e.aanmelding() == null ? "" : date(fixed != null && day.isBefore(fixed) ? wrongAanmelding : e.aanmelding()),
                date(e.start()),
                endKnownOn(e.end(), day),
                e.end() != null && !e.end().isAfter(day) ? e.endReason() : ""}, e.start(), e.end(), fixed);
    }

    private void care(Child c, CareTrajectory t, SplittableRandom corrections, SplittableRandom defects) {
        boolean wrong = Rand.chance(corrections, p.quality().correctionRate());
        String wrongProvider = t.provider().substring(0, 5) + (t.provider().charAt(5) - '0' + 1) % 10;
        LocalDate fixed = wrong ? t.start().plusDays(Rand.between(corrections, 20, 120)) : null;
        boolean numeric = usesNumericReasons(t.municipality());
        emitter.emit(RawSource.JEUGDHULP_TRAJECTEN, defects, day -> new String[] {
                c.bsn(), t.municipality().code(),
                fixed != null && day.isBefore(fixed) ? wrongProvider : t.provider(),
                t.soort(), date(t.start()), endKnownOn(t.end(), day),
                t.end() != null && !t.end().isAfter(day) ? reason(t.endReason(), numeric) : ""}, t.start(), t.end(), fixed);
    }

    /** Whether the municipality's system delivers care end reasons as the codes 01..05 (a fixed share of them). */
    private boolean usesNumericReasons(Municipality m) {
        return Math.floorMod(m.code().hashCode() * 31 + 7, 1000) < p.care().numericReasonMunicipalityShare() * 1000;
    }

    private static String reason(String name, boolean numeric) {
        return numeric ? String.format("%02d", Vocabulary.CARE_END_REASONS.indexOf(name) + 1) : name;
    }
}
