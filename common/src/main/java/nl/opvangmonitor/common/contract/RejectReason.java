package nl.opvangmonitor.common.contract;

/**
 * Why a raw record was quarantined: one code per rejection rule of data-contract.md ("What counts
 * as a bad record"), plus the file-level reasons. A quarantined row carries every code that applies.
 */
public enum RejectReason {
    /** A required field is empty (including afwijsreden for AFGEWEZEN/ON_HOLD leads). */
    MISSING_REQUIRED,
    /** A date is not a valid {@code dd-MM-yyyy} date. */
    BAD_DATE,
    /** A number does not parse or is out of its range (capaciteit >= 0; KSO capaciteit 1..150). */
    BAD_NUMBER,
    /** A boolean is not {@code J} or {@code N}. */
    BAD_BOOLEAN,
    /** An enum value is not one of the listed values. */
    BAD_ENUM,
    /** A code does not parse: gemeentecode (GM + 4 digits), provincie (the 12 names), brin (4 characters). */
    BAD_CODE,
    /** A vnummer is not 10 digits. */
    BAD_VNUMMER,
    /** A bsn is not 9 digits or fails the eleven-test. */
    BAD_BSN,
    /** An onderwijsnummer is not 9 digits. */
    BAD_ONDERWIJSNUMMER,
    /** Both or neither of bsn and onderwijsnummer are given (duo_inschrijvingen). */
    BSN_XOR_ONDERWIJSNUMMER,
    /** An end date lies before its start date (uitstroom/instroom, uitschrijving/inschrijving, einde/start, sluiting/open). */
    END_BEFORE_START,
    /** A date lies after its delivery date (datum_sluiting excepted: it may be planned). */
    DATE_AFTER_DELIVERY,
    /** A birth date lies after the application date. */
    BIRTH_AFTER_APPLICATION,
    /** A relocation's naar_locatiecode equals its van_locatiecode. */
    SAME_FROM_TO,
    /** A stay or relocation refers to a location unknown in every delivery so far. */
    UNKNOWN_LOCATION,
    /** The record does not split into the header's number of fields, or has an unclosed quote. */
    MALFORMED_ROW,
    /** The file's header lacks a required column: the whole file is quarantined. */
    MISSING_COLUMN,
    /** The file cannot be read as UTF-8 text (binary, another encoding): the whole file is quarantined. */
    UNREADABLE_FILE
}
