package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.privacy.Bsn;

/**
 * Test-only reading of data-contract.md's "What counts as a bad record", independent of the ingest
 * job: every reason that applies to a row. Known locations are those of accepted coa_locaties rows
 * in deliveries up to the row's own (files must be checked in delivery order, locations first).
 */
final class ContractChecker {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Set<String> knownLocations = new HashSet<>();

    /** What a check of a landing zone found. */
    record Findings(long rowsRead, long rowsAccepted, Map<String, Long> rejectedByKey, List<String> problems,
            Map<java.nio.file.Path, Set<Integer>> rejectedRows) {
    }

    /** Checks every file (in the order {@link RawZone#read} gives) and counts rejections per "source;delivery;reason". */
    static Findings check(List<RawZone.DeliveryFile> files) {
        ContractChecker checker = new ContractChecker();
        Map<String, Long> byKey = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Map<java.nio.file.Path, Set<Integer>> rejectedRows = new java.util.HashMap<>();
        long read = 0;
        long accepted = 0;
        for (RawZone.DeliveryFile f : files) {
            if (!f.header().equals(f.source().header())) {
                problems.add(f.path() + ": header " + f.header());
            }
            Set<Integer> rejected = new HashSet<>();
            for (int i = 0; i < f.rows().size(); i++) {
                read++;
                Set<RejectReason> reasons = checker.reasons(f.source(), f.delivery(), f.rows().get(i));
                if (reasons.isEmpty()) {
                    accepted++;
                    if (f.source() == RawSource.COA_LOCATIES) {
                        checker.knownLocations.add(f.rows().get(i).get(0));
                    }
                    continue;
                }
                rejected.add(i);
                if (reasons.size() > 1) {
                    problems.add(f.path() + " line " + (i + 2) + " has " + reasons + ": " + f.lines().get(i));
                }
                for (RejectReason r : reasons) {
                    byKey.merge(f.source().folder() + ";" + f.delivery() + ";" + r, 1L, Long::sum);
                }
            }
            rejectedRows.put(f.path(), rejected);
        }
        return new Findings(read, accepted, byKey, problems, rejectedRows);
    }

    /** Every rejection reason that applies to the row of a delivery made on {@code delivery}. */
    Set<RejectReason> reasons(RawSource source, LocalDate delivery, List<String> row) {
        Set<RejectReason> reasons = EnumSet.noneOf(RejectReason.class);
        List<RawColumn> columns = source.columns();
        if (row.size() != columns.size()) {
            reasons.add(RejectReason.MALFORMED_ROW);
            return reasons;
        }
        Map<String, LocalDate> dates = new TreeMap<>();
        for (int i = 0; i < columns.size(); i++) {
            RawColumn c = columns.get(i);
            String v = row.get(i);
            if (v.isEmpty()) {
                if (c.required()) {
                    reasons.add(RejectReason.MISSING_REQUIRED);
                }
                continue;
            }
            RejectReason bad = kindCheck(source, c, v);
            if (bad != null) {
                reasons.add(bad);
            } else if (c.kind() == nl.opvangmonitor.common.contract.FieldKind.DATE) {
                dates.put(c.rawName(), LocalDate.parse(v, STRICT));
            }
        }
        String v = value(source, row, "status");
        if (source == RawSource.COA_KSO_LEADS && (v.equals("AFGEWEZEN") || v.equals("ON_HOLD"))
                && value(source, row, "afwijsreden").isEmpty()) {
            reasons.add(RejectReason.MISSING_REQUIRED);
        }
        if (source == RawSource.DUO_INSCHRIJVINGEN
                && value(source, row, "bsn").isEmpty() == value(source, row, "onderwijsnummer").isEmpty()) {
            reasons.add(RejectReason.BSN_XOR_ONDERWIJSNUMMER);
        }
        for (String[] pair : List.of(new String[] {"datum_open", "datum_sluiting"},
                new String[] {"datum_instroom", "datum_uitstroom"}, new String[] {"datum_inschrijving", "datum_uitschrijving"},
                new String[] {"datum_start", "datum_einde"})) {
            if (dates.containsKey(pair[0]) && dates.containsKey(pair[1]) && dates.get(pair[1]).isBefore(dates.get(pair[0]))) {
                reasons.add(RejectReason.END_BEFORE_START);
            }
        }
        dates.forEach((name, d) -> {
            if (!name.equals("datum_sluiting") && d.isAfter(delivery)) {
                reasons.add(RejectReason.DATE_AFTER_DELIVERY);
            }
        });
        if (dates.containsKey("geboortedatum") && dates.containsKey("datum_aanvraag")
                && dates.get("geboortedatum").isAfter(dates.get("datum_aanvraag"))) {
            reasons.add(RejectReason.BIRTH_AFTER_APPLICATION);
        }
        if (source == RawSource.COA_VERHUISBEWEGINGEN && !value(source, row, "van_locatiecode").isEmpty()
                && value(source, row, "van_locatiecode").equals(value(source, row, "naar_locatiecode"))) {
            reasons.add(RejectReason.SAME_FROM_TO);
        }
        for (String ref : List.of("locatiecode", "van_locatiecode", "naar_locatiecode")) {
            boolean referring = source == RawSource.COA_BEWONING && ref.equals("locatiecode")
                    || source == RawSource.COA_VERHUISBEWEGINGEN && !ref.equals("locatiecode");
            if (referring && !value(source, row, ref).isEmpty() && !knownLocations.contains(value(source, row, ref))) {
                reasons.add(RejectReason.UNKNOWN_LOCATION);
            }
        }
        return reasons;
    }

    private static String value(RawSource source, List<String> row, String column) {
        int i = source.header().indexOf(column);
        return i < 0 ? "" : row.get(i);
    }

    /** The reason a non-empty value fails its kind, or null when it parses. */
    private static RejectReason kindCheck(RawSource source, RawColumn c, String v) {
        switch (c.kind()) {
            case TEXT:
                return null;
            case DATE:
                try {
                    LocalDate.parse(v, STRICT);
                    return null;
                } catch (DateTimeParseException e) {
                    return RejectReason.BAD_DATE;
                }
            case INT:
                if (!v.matches("\\d{1,9}")) {
                    return RejectReason.BAD_NUMBER;
                }
                int n = Integer.parseInt(v);
                return source == RawSource.COA_KSO_LEADS && (n < 1 || n > 150) ? RejectReason.BAD_NUMBER : null;
            case BOOL:
                return v.equals("J") || v.equals("N") ? null : RejectReason.BAD_BOOLEAN;
            case ENUM:
                boolean ok = c.values().contains(v)
                        || c.rawName().equals("reden_beeindiging") && Vocabulary.CARE_END_REASON_CODES.containsKey(v);
                return ok ? null : RejectReason.BAD_ENUM;
            case GEMEENTECODE:
                return v.matches("GM\\d{4}") ? null : RejectReason.BAD_CODE;
            case PROVINCIE:
                return Vocabulary.PROVINCES.contains(v) ? null : RejectReason.BAD_CODE;
            case BRIN:
                return v.matches("[0-9A-Z]{4}") ? null : RejectReason.BAD_CODE;
            case VNUMMER:
                return v.matches("\\d{10}") ? null : RejectReason.BAD_VNUMMER;
            case BSN:
                return Bsn.passesElevenTest(v) ? null : RejectReason.BAD_BSN;
            case ONDERWIJSNUMMER:
                return v.matches("\\d{9}") ? null : RejectReason.BAD_ONDERWIJSNUMMER;
            default:
                throw new IllegalArgumentException(c.kind().name());
        }
    }
}
