package nl.opvangmonitor.generator;

import static nl.opvangmonitor.generator.RawValues.bool;
import static nl.opvangmonitor.generator.RawValues.date;
import static nl.opvangmonitor.generator.RawValues.text;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import nl.opvangmonitor.common.contract.RawSource;

/**
 * Delivers the records that are not about persons: locations (delivered when they open, with their
 * planned closing day; a share re-delivered later with a corrected capacity), inventory rounds,
 * and the KSO leads (one row per status change, keyed by lead and status day).
 */
final class StaticRows {
    private StaticRows() {
    }

    static void emit(RecordEmitter emitter, long seed, double correctionRate, List<Location> locations,
            List<Inventory.Round> inventory, List<KsoLeads.Lead> leads) {
        SplittableRandom corrections = Rand.stream(seed, Rand.CORRECTIONS, -1);
        SplittableRandom defects = Rand.stream(seed, Rand.STATIC_DEFECTS, RawSource.COA_LOCATIES.ordinal());
        for (Location l : locations) {
            boolean wrong = Rand.chance(corrections, correctionRate);
            LocalDate fixed = wrong ? l.open().plusDays(Rand.between(corrections, 30, 365)) : null;
            int firstCapacity = (int) Math.round(l.capacity() * 0.8);
            emitter.emit(RawSource.COA_LOCATIES, defects, day -> new String[] {
                    l.code(), l.name(), l.municipality().code(), l.municipality().name(), l.municipality().province(),
                    l.opvangvorm(), Integer.toString(fixed != null && day.isBefore(fixed) ? firstCapacity : l.capacity()),
                    date(l.open()), l.close() == null ? "" : date(l.close())}, l.open(), fixed);
        }
        defects = Rand.stream(seed, Rand.STATIC_DEFECTS, RawSource.COA_INVENTARISATIE.ordinal());
        for (Inventory.Round round : inventory) {
            String[] row = new String[2 + round.met().length];
            row[0] = round.location().code();
            row[1] = date(round.peildatum());
            for (int i = 0; i < round.met().length; i++) {
                row[2 + i] = bool(round.met()[i]);
            }
            emitter.emit(RawSource.COA_INVENTARISATIE, defects, day -> row, round.peildatum());
        }
        defects = Rand.stream(seed, Rand.STATIC_DEFECTS, RawSource.COA_KSO_LEADS.ordinal());
        for (KsoLeads.Lead lead : leads) {
            for (KsoLeads.Status s : lead.history()) {
                emitter.emit(RawSource.COA_KSO_LEADS, defects, day -> new String[] {
                        lead.id(), lead.municipality().code(), lead.municipality().province(),
                        Integer.toString(lead.capacity()), s.status(), date(s.date()), text(s.reason())}, s.date());
            }
        }
    }
}
