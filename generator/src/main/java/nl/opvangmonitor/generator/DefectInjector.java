package nl.opvangmonitor.generator;

import static nl.opvangmonitor.common.contract.RejectReason.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.opvangmonitor.common.contract.FieldKind;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.privacy.Bsn;

/**
 * Makes a corrupted copy of a clean row that breaks exactly one rule of data-contract.md ("What
 * counts as a bad record"), so ingest must quarantine it with exactly that {@link RejectReason}.
 * The copy is an extra row: the clean row stays, so the clean data stay consistent. Each change
 * is chosen so it cannot trip a second rule (an end moved past the delivery day is still after the
 * start, a birth moved after the application day is still on or before the delivery day, a date
 * made unparseable takes part in no other check, ...).
 */
final class DefectInjector {
    /** Location codes no location ever has: stays and relocations there point nowhere. */
    static final String UNKNOWN_LOCATION_PREFIX = "Z";

    /** The reasons that can apply to a row of each source. */
    static final Map<RawSource, List<RejectReason>> APPLICABLE = applicable();

    /** A corrupted row and the one reason it must be rejected for. */
    record Defect(String[] fields, RejectReason reason) {
    }

    private DefectInjector() {
    }

    /** A corrupted copy of the row of a delivery made on {@code delivery}, by a reason feasible for this row. */
    static Defect corrupt(RawSource source, LocalDate delivery, String[] clean, SplittableRandom r) {
        Row row = new Row(source, clean);
        List<RejectReason> feasible = new ArrayList<>();
        for (RejectReason reason : APPLICABLE.get(source)) {
            if (row.feasible(reason, delivery)) {
                feasible.add(reason);
            }
        }
        RejectReason reason = Rand.pick(r, feasible);
        return new Defect(row.corrupt(reason, delivery, r), reason);
    }

    /** A row with access to its fields by raw column name. */
    private static final class Row {
        final RawSource source;
        final String[] f;

        Row(RawSource source, String[] fields) {
            this.source = source;
            this.f = fields.clone();
        }

        int col(String name) {
            return source.header().indexOf(name);
        }

        String get(String name) {
            int i = col(name);
            return i < 0 ? "" : f[i];
        }

        void set(String name, String value) {
            f[col(name)] = value;
        }

        LocalDate date(String name) {
            return LocalDate.parse(get(name), Dates.RAW_FORMAT);
        }

        /** The date pair checked by END_BEFORE_START for this source, or null. */
        String[] startEnd() {
            return switch (source) {
                case COA_LOCATIES -> new String[] {"datum_open", "datum_sluiting"};
                case COA_BEWONING -> new String[] {"datum_instroom", "datum_uitstroom"};
                case DUO_INSCHRIJVINGEN -> new String[] {"datum_inschrijving", "datum_uitschrijving"};
                case JEUGDHULP_TRAJECTEN -> new String[] {"datum_start", "datum_einde"};
                default -> null;
            };
        }

        /** The field moved past the delivery day for DATE_AFTER_DELIVERY: an end where the source has one. */
        String laterDateField() {
            return switch (source) {
                case COA_LOCATIES -> "datum_open";
                case COA_INVENTARISATIE -> "peildatum";
                case COA_BEWONING -> "datum_uitstroom";
                case COA_VERHUISBEWEGINGEN -> "datum_verhuizing";
                case DUO_INSCHRIJVINGEN -> "datum_uitschrijving";
                case JEUGDHULP_TRAJECTEN -> "datum_einde";
                case COA_KSO_LEADS -> "datum_status";
            };
        }

        List<String> columns(FieldKind kind) {
            List<String> names = new ArrayList<>();
            for (RawColumn c : source.columns()) {
                if (c.kind() == kind && !get(c.rawName()).isEmpty()) {
                    names.add(c.rawName());
                }
            }
            return names;
        }

        boolean feasible(RejectReason reason, LocalDate delivery) {
            return switch (reason) {
                case BIRTH_AFTER_APPLICATION -> date("datum_aanvraag").isBefore(delivery);
                case BAD_ENUM -> !columns(FieldKind.ENUM).isEmpty();
                case BAD_BSN -> source != RawSource.DUO_INSCHRIJVINGEN || !get("bsn").isEmpty() || !get("onderwijsnummer").isEmpty();
                default -> true;
            };
        }

        String[] corrupt(RejectReason reason, LocalDate delivery, SplittableRandom r) {
            switch (reason) {
                case MISSING_REQUIRED -> set(requiredToBlank(), "");
                case BAD_DATE -> {
                    String name = Rand.pick(r, columns(FieldKind.DATE));
                    set(name, badDate(date(name), r));
                }
                case BAD_NUMBER -> set("capaciteit", Rand.pick(r, source == RawSource.COA_KSO_LEADS
                        ? List.of("0", "151", "ca. 80", "-5") : List.of("ca. 300", "-5", "12,5", "n.b.")));
                case BAD_BOOLEAN -> set(Rand.pick(r, columns(FieldKind.BOOL)), Rand.pick(r, List.of("Ja", "Nee", "1", "Y")));
                case BAD_ENUM -> badEnum(r);
                case BAD_CODE -> badCode(r);
                case BAD_VNUMMER -> {
                    String v = get("vnummer");
                    set("vnummer", Rand.pick(r, List.of(v.substring(1), v + "7", "V" + v.substring(1))));
                }
                case BAD_BSN -> {
                    if (source == RawSource.DUO_INSCHRIJVINGEN) {
                        set("onderwijsnummer", "");
                    }
                    set("bsn", failingBsn(get("bsn"), r));
                }
                case BAD_ONDERWIJSNUMMER -> {
                    set("bsn", "");
                    set("onderwijsnummer", Rand.pick(r, List.of("12345678", "1234567890", "12345678X")));
                }
                case BSN_XOR_ONDERWIJSNUMMER -> {
                    if (Rand.chance(r, 0.5)) {
                        set("bsn", "");
                        set("onderwijsnummer", "");
                    } else if (get("bsn").isEmpty()) {
                        set("bsn", validBsn(r));
                    } else {
                        set("onderwijsnummer", Long.toString(100_000_000L + r.nextLong(900_000_000L)));
                    }
                }
                case END_BEFORE_START -> {
                    String[] se = startEnd();
                    set(se[1], Dates.toRaw(date(se[0]).minusDays(Rand.between(r, 1, 30))));
                }
                case DATE_AFTER_DELIVERY -> {
                    LocalDate later = delivery.plusDays(Rand.between(r, 1, 60));
                    set(laterDateField(), Dates.toRaw(later));
                    if (source == RawSource.COA_LOCATIES && !get("datum_sluiting").isEmpty()
                            && !date("datum_sluiting").isAfter(later)) {
                        set("datum_sluiting", Dates.toRaw(later.plusDays(200)));
                    }
                }
                case BIRTH_AFTER_APPLICATION -> {
                    LocalDate applied = date("datum_aanvraag");
                    int room = (int) Math.min(365, delivery.toEpochDay() - applied.toEpochDay());
                    set("geboortedatum", Dates.toRaw(applied.plusDays(Rand.between(r, 1, room))));
                }
                case SAME_FROM_TO -> set("naar_locatiecode", get("van_locatiecode"));
                case UNKNOWN_LOCATION -> {
                    String unknown = UNKNOWN_LOCATION_PREFIX + String.format("%04d", r.nextInt(10_000));
                    set(source == RawSource.COA_BEWONING ? "locatiecode"
                            : Rand.chance(r, 0.5) ? "van_locatiecode" : "naar_locatiecode", unknown);
                }
                case MALFORMED_ROW -> {
                    if (Rand.chance(r, 0.5)) {
                        return Arrays.copyOf(f, f.length - 1);
                    }
                    String[] longer = Arrays.copyOf(f, f.length + 1);
                    longer[f.length] = "X";
                    return longer;
                }
                default -> throw new IllegalArgumentException(reason + " is no row-level defect");
            }
            return f;
        }

        /** A required field that takes part in no other check, so emptying it is only MISSING_REQUIRED. */
        private String requiredToBlank() {
            return switch (source) {
                case COA_LOCATIES -> "gemeentenaam";
                case COA_INVENTARISATIE -> "locatiecode";
                case COA_BEWONING -> "amv";
                case COA_VERHUISBEWEGINGEN -> "reden";
                case DUO_INSCHRIJVINGEN -> "brin";
                case JEUGDHULP_TRAJECTEN -> "aanbieder";
                case COA_KSO_LEADS -> get("afwijsreden").isEmpty() ? "lead_id" : "afwijsreden";
            };
        }

        private void badEnum(SplittableRandom r) {
            if (source == RawSource.COA_KSO_LEADS && !get("afwijsreden").isEmpty()) {
                set("afwijsreden", "ONBEKEND"); // keeps the status, so afwijsreden is still required and present
                return;
            }
            String name = Rand.pick(r, columns(FieldKind.ENUM));
            set(name, switch (name) {
                case "opvangvorm" -> "HOTEL";
                case "reden" -> "VERHUISD";
                case "onderwijssoort" -> "HAVO";
                case "reden_uitschrijving" -> "GESLAAGD";
                case "soort" -> "PLEEGZORG";
                case "reden_beeindiging" -> "06";
                case "status" -> "GEANNULEERD";
                default -> "ONBEKEND";
            });
        }

        private void badCode(SplittableRandom r) {
            List<String> names = new ArrayList<>(columns(FieldKind.GEMEENTECODE));
            names.addAll(columns(FieldKind.PROVINCIE));
            names.addAll(columns(FieldKind.BRIN));
            String name = Rand.pick(r, names);
            String value = get(name);
            set(name, switch (source.column(name).kind()) {
                case GEMEENTECODE -> Rand.chance(r, 0.5) ? value.substring(2) : value.substring(0, 5);
                case PROVINCIE -> Rand.pick(r, List.of("Friesland", "Noord Holland", "Brabant", "Zuid Holland"));
                default -> Rand.chance(r, 0.5) ? value + "X" : value.substring(0, 3);
            });
        }
    }

    /** A 9-digit number failing the eleven-test: a valid bsn with another check digit, or random digits made to fail. */
    private static String failingBsn(String valid, SplittableRandom r) {
        String base = valid.isEmpty() ? validBsn(r) : valid;
        int last = base.charAt(8) - '0';
        return base.substring(0, 8) + (last + Rand.between(r, 1, 9)) % 10;
    }

    /** A random 9-digit number that passes the eleven-test (for a defect that needs a second, valid identifier). */
    private static String validBsn(SplittableRandom r) {
        while (true) {
            String stem = Long.toString(10_000_000L + r.nextLong(90_000_000L));
            int check = Bsn.checkDigit(stem);
            if (check >= 0) {
                return stem + check;
            }
        }
    }

    /** A date that does not parse as dd-MM-yyyy: ISO order, dots, or an impossible day. */
    private static String badDate(LocalDate d, SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> d.toString();
            case 1 -> Dates.toRaw(d).replace('-', '.');
            default -> "31-02-" + d.getYear();
        };
    }

    private static Map<RawSource, List<RejectReason>> applicable() {
        Map<RawSource, List<RejectReason>> m = new EnumMap<>(RawSource.class);
        m.put(RawSource.COA_LOCATIES, List.of(MISSING_REQUIRED, BAD_DATE, BAD_NUMBER, BAD_ENUM, BAD_CODE,
                END_BEFORE_START, DATE_AFTER_DELIVERY, MALFORMED_ROW));
        m.put(RawSource.COA_INVENTARISATIE, List.of(MISSING_REQUIRED, BAD_DATE, BAD_BOOLEAN, DATE_AFTER_DELIVERY,
                MALFORMED_ROW));
        m.put(RawSource.COA_BEWONING, List.of(MISSING_REQUIRED, BAD_DATE, BAD_BOOLEAN, BAD_VNUMMER, BAD_BSN,
                END_BEFORE_START, DATE_AFTER_DELIVERY, BIRTH_AFTER_APPLICATION, UNKNOWN_LOCATION, MALFORMED_ROW));
        m.put(RawSource.COA_VERHUISBEWEGINGEN, List.of(MISSING_REQUIRED, BAD_DATE, BAD_ENUM, BAD_VNUMMER,
                DATE_AFTER_DELIVERY, SAME_FROM_TO, UNKNOWN_LOCATION, MALFORMED_ROW));
        m.put(RawSource.DUO_INSCHRIJVINGEN, List.of(MISSING_REQUIRED, BAD_DATE, BAD_ENUM, BAD_CODE, BAD_BSN,
                BAD_ONDERWIJSNUMMER, BSN_XOR_ONDERWIJSNUMMER, END_BEFORE_START, DATE_AFTER_DELIVERY, MALFORMED_ROW));
        m.put(RawSource.JEUGDHULP_TRAJECTEN, List.of(MISSING_REQUIRED, BAD_DATE, BAD_ENUM, BAD_CODE, BAD_BSN,
                END_BEFORE_START, DATE_AFTER_DELIVERY, MALFORMED_ROW));
        m.put(RawSource.COA_KSO_LEADS, List.of(MISSING_REQUIRED, BAD_DATE, BAD_NUMBER, BAD_ENUM, BAD_CODE,
                DATE_AFTER_DELIVERY, MALFORMED_ROW));
        return Map.copyOf(m);
    }
}
