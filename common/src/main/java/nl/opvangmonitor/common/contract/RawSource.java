package nl.opvangmonitor.common.contract;

import static nl.opvangmonitor.common.contract.FieldKind.*;
import static nl.opvangmonitor.common.contract.RawColumn.opt;
import static nl.opvangmonitor.common.contract.RawColumn.req;

import java.util.List;
import java.util.Locale;

/**
 * The seven raw sources of data-contract.md, exactly: folder name, columns in their documented
 * order, and key. The parser, the generator and the bronze declarations all read this.
 */
public enum RawSource {
    COA_LOCATIES(List.of(
            req("locatiecode", "location_code", TEXT),
            req("naam", "name", TEXT),
            req("gemeentecode", "gemeentecode", GEMEENTECODE),
            req("gemeentenaam", "gemeentenaam", TEXT),
            req("provincie", "provincie", PROVINCIE),
            req("opvangvorm", "opvangvorm", ENUM, Vocabulary.OPVANGVORMEN.toArray(String[]::new)),
            req("capaciteit", "capacity", INT),
            req("datum_open", "open_date", DATE),
            opt("datum_sluiting", "close_date", DATE)),
            List.of("location_code")),
    COA_INVENTARISATIE(List.of(
            req("locatiecode", "location_code", TEXT),
            req("peildatum", "inventory_date", DATE),
            req("onderwijs", "school", BOOL),
            req("huisarts", "gp", BOOL),
            req("activiteiten", "activities", BOOL),
            req("aandachtsfunctionaris", "safeguarding_officer", BOOL),
            req("contactpersoon_kinderen", "child_contact", BOOL),
            req("privacy", "privacy", BOOL),
            req("koken", "cooking", BOOL),
            req("speelruimte", "play_space", BOOL),
            req("voorlichting", "information", BOOL),
            req("participatie", "participation", BOOL)),
            List.of("location_code", "inventory_date")),
    COA_BEWONING(List.of(
            req("vnummer", "child_id", VNUMMER),
            opt("bsn", "bsn_id", BSN),
            req("geboortedatum", "birth_date", DATE),
            req("amv", "amv", BOOL),
            opt("gezinsnummer", "family_id", TEXT),
            req("datum_aanvraag", "application_date", DATE),
            req("locatiecode", "location_code", TEXT),
            req("datum_instroom", "start_date", DATE),
            opt("datum_uitstroom", "end_date", DATE)),
            List.of("child_id", "location_code", "start_date")),
    COA_VERHUISBEWEGINGEN(List.of(
            req("vnummer", "child_id", VNUMMER),
            req("datum_verhuizing", "move_date", DATE),
            req("van_locatiecode", "from_location", TEXT),
            req("naar_locatiecode", "to_location", TEXT),
            req("reden", "reason", ENUM, Vocabulary.RELOCATION_REASONS.toArray(String[]::new))),
            List.of("child_id", "move_date", "from_location")),
    DUO_INSCHRIJVINGEN(List.of(
            opt("bsn", "bsn_id", BSN),
            opt("onderwijsnummer", "onderwijsnummer_id", ONDERWIJSNUMMER),
            req("brin", "brin", BRIN),
            req("gemeentecode", "gemeentecode", GEMEENTECODE),
            req("onderwijssoort", "onderwijssoort", ENUM, Vocabulary.ONDERWIJSSOORTEN.toArray(String[]::new)),
            opt("datum_aanmelding", "school_application_date", DATE),
            req("datum_inschrijving", "start_date", DATE),
            opt("datum_uitschrijving", "end_date", DATE),
            opt("reden_uitschrijving", "end_reason", ENUM, Vocabulary.DEREGISTRATION_REASONS.toArray(String[]::new))),
            List.of("pupil_id", "brin", "start_date")),
    JEUGDHULP_TRAJECTEN(List.of(
            req("bsn", "bsn_id", BSN),
            req("gemeentecode", "gemeentecode", GEMEENTECODE),
            req("aanbieder", "provider", TEXT),
            req("soort", "soort", ENUM, Vocabulary.CARE_TYPES.toArray(String[]::new)),
            req("datum_start", "start_date", DATE),
            opt("datum_einde", "end_date", DATE),
            opt("reden_beeindiging", "end_reason", ENUM, Vocabulary.CARE_END_REASONS.toArray(String[]::new))),
            List.of("bsn_id", "gemeentecode", "soort", "start_date")),
    COA_KSO_LEADS(List.of(
            req("lead_id", "lead_id", TEXT),
            req("gemeentecode", "gemeentecode", GEMEENTECODE),
            req("provincie", "provincie", PROVINCIE),
            req("capaciteit", "capacity", INT),
            req("status", "status", ENUM, Vocabulary.KSO_STATUSES.toArray(String[]::new)),
            req("datum_status", "status_date", DATE),
            opt("afwijsreden", "rejection_reason", ENUM, Vocabulary.KSO_REJECTION_REASONS.toArray(String[]::new))),
            List.of("lead_id", "status_date"));

    private final List<RawColumn> columns;
    private final List<String> bronzeKey;

    RawSource(List<RawColumn> columns, List<String> bronzeKey) {
        this.columns = List.copyOf(columns);
        this.bronzeKey = List.copyOf(bronzeKey);
    }

    /** Folder name in the landing zone and table name in bronze, e.g. {@code coa_bewoning}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Columns in the order data-contract.md lists them (files may order them differently). */
    public List<RawColumn> columns() {
        return columns;
    }

    /** Raw column names, in contract order: the header the generator writes. */
    public List<String> header() {
        return columns.stream().map(RawColumn::rawName).toList();
    }

    /** Key of a record in bronze column names: a later delivery replaces the earlier version with that key.
     * For coa_kso_leads the status date is part of the key, so the status history stays and the
     * status on any as_of can be read (data-contract.md keys leads by lead_id alone). */
    public List<String> bronzeKey() {
        return bronzeKey;
    }

    public RawColumn column(String rawName) {
        return columns.stream().filter(c -> c.rawName().equals(rawName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder() + " has no column " + rawName));
    }

    public static RawSource fromFolder(String folder) {
        for (RawSource s : values()) {
            if (s.folder().equals(folder)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown source folder: " + folder);
    }
}
