package nl.opvangmonitor.common.contract;

import java.util.Optional;

/** The value kinds of data-contract.md; each has one parsing rule and one reason code when it fails. */
public enum FieldKind {
    /** Free string, kept as delivered (trimmed). */
    TEXT,
    /** {@code dd-MM-yyyy}. */
    DATE,
    /** Whole number >= 0 (further bounds per column). */
    INT,
    /** {@code J} or {@code N}. */
    BOOL,
    /** One of the column's listed values. */
    ENUM,
    /** {@code GM} + 4 digits. */
    GEMEENTECODE,
    /** One of the 12 province names. */
    PROVINCIE,
    /** 10 digits; pseudonymised at ingest. */
    VNUMMER,
    /** 9 digits passing the eleven-test; pseudonymised at ingest. */
    BSN,
    /** 9 digits, opaque; pseudonymised at ingest. */
    ONDERWIJSNUMMER,
    /** 4 characters. */
    BRIN;

    /** The reason code when a present value of this kind does not parse; free text always parses. */
    public Optional<RejectReason> invalidReason() {
        return Optional.ofNullable(switch (this) {
            case TEXT -> null;
            case DATE -> RejectReason.BAD_DATE;
            case INT -> RejectReason.BAD_NUMBER;
            case BOOL -> RejectReason.BAD_BOOLEAN;
            case ENUM -> RejectReason.BAD_ENUM;
            case GEMEENTECODE, PROVINCIE, BRIN -> RejectReason.BAD_CODE;
            case VNUMMER -> RejectReason.BAD_VNUMMER;
            case BSN -> RejectReason.BAD_BSN;
            case ONDERWIJSNUMMER -> RejectReason.BAD_ONDERWIJSNUMMER;
        });
    }

    /** Whether values of this kind are personal identifiers that must never pass the landing zone raw. */
    public boolean isIdentifier() {
        return this == VNUMMER || this == BSN || this == ONDERWIJSNUMMER;
    }
}
