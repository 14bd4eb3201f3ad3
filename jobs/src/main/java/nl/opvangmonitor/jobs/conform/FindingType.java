package nl.opvangmonitor.jobs.conform;

import nl.opvangmonitor.common.contract.RawSource;

/**
 * The inconsistencies that are accepted but reported in silver.quality_findings (data-contract.md,
 * "What counts as a bad record"; metrics.md, gold.data_quality), each with the source it is about.
 */
public enum FindingType {
    /** Two stays of one person cover a common day. */
    OVERLAPPING_STAYS(RawSource.COA_BEWONING),
    /** A relocation without a stay ending at its from-location and one starting at its to-location (±1 day). */
    RELOCATION_WITHOUT_STAYS(RawSource.COA_VERHUISBEWEGINGEN),
    /** A person's birth date, amv, family, application date or bsn differs between their rows. */
    CHANGED_PERSON_ATTRIBUTE(RawSource.COA_BEWONING),
    /** A school registration whose bsn pseudonym is no person's bsn. */
    ENROLMENT_UNLINKED(RawSource.DUO_INSCHRIJVINGEN),
    /** A youth-care trajectory whose bsn pseudonym is no person's bsn. */
    CARE_UNLINKED(RawSource.JEUGDHULP_TRAJECTEN),
    /** A person with no bsn in any delivery: school and care cannot be linked. */
    PERSON_WITHOUT_BSN(RawSource.COA_BEWONING);

    private final RawSource source;

    FindingType(RawSource source) {
        this.source = source;
    }

    public RawSource source() {
        return source;
    }
}
