package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.dates.Dates;

/**
 * Test helper: the records of a clean landing zone as the last delivery left them (a later
 * delivery replaces the earlier version of the same key), with access to fields by raw name.
 */
final class LatestRecords {
    /** A delivered record: its source and fields. */
    record Rec(RawSource source, List<String> fields) {
        String get(String column) {
            return fields.get(source.header().indexOf(column));
        }

        LocalDate date(String column) {
            String v = get(column);
            return v.isEmpty() ? null : LocalDate.parse(v, Dates.RAW_FORMAT);
        }
    }

    private final Map<RawSource, Map<String, Rec>> bySource = new LinkedHashMap<>();

    LatestRecords(List<RawZone.DeliveryFile> files) {
        for (RawZone.DeliveryFile f : files) {
            Map<String, Rec> records = bySource.computeIfAbsent(f.source(), s -> new LinkedHashMap<>());
            for (List<String> row : f.rows()) {
                Rec r = new Rec(f.source(), row);
                records.put(key(r), r);
            }
        }
    }

    /** The contract's key of a record (data-contract.md, per source; leads by id and status day as in bronze). */
    private static String key(Rec r) {
        return switch (r.source()) {
            case COA_LOCATIES -> r.get("locatiecode");
            case COA_INVENTARISATIE -> r.get("locatiecode") + "|" + r.get("peildatum");
            case COA_BEWONING -> r.get("vnummer") + "|" + r.get("locatiecode") + "|" + r.get("datum_instroom");
            case COA_VERHUISBEWEGINGEN -> r.get("vnummer") + "|" + r.get("datum_verhuizing") + "|" + r.get("van_locatiecode");
            case DUO_INSCHRIJVINGEN -> r.get("bsn") + r.get("onderwijsnummer") + "|" + r.get("brin") + "|" + r.get("datum_inschrijving");
            case JEUGDHULP_TRAJECTEN -> r.get("bsn") + "|" + r.get("gemeentecode") + "|" + r.get("soort") + "|" + r.get("datum_start");
            case COA_KSO_LEADS -> r.get("lead_id") + "|" + r.get("datum_status");
        };
    }

    List<Rec> all(RawSource source) {
        return new ArrayList<>(bySource.getOrDefault(source, Map.of()).values());
    }

    Map<String, Rec> locations() {
        return bySource.get(RawSource.COA_LOCATIES).values().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.get("locatiecode"), r -> r));
    }
}
