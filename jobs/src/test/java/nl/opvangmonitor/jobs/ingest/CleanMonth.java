package nl.opvangmonitor.jobs.ingest;

import java.util.Map;

/** One clean delivery of every source for a month: each row passes every rule, so only what a test breaks is found. */
final class CleanMonth {
    /** Header and rows per source, valid for any delivery date from 2024-01-31 on. */
    static final Map<String, String[]> FILES = Map.of(
            "coa_locaties", new String[] {
                    "naam;locatiecode;provincie;gemeentecode;gemeentenaam;opvangvorm;capaciteit;datum_open;datum_sluiting",
                    "AZC Burgum;L0001;Fryslân;GM1970;Noardeast-Fryslân;AZC;400;01-03-2016;",
                    "Noodopvang Ter Apel;L0002;Groningen;GM1966;Westerwolde;NOODOPVANG;150;01-01-2024;31-12-2026"},
            "coa_inventarisatie", new String[] {
                    "locatiecode;peildatum;onderwijs;huisarts;activiteiten;aandachtsfunctionaris;contactpersoon_kinderen;"
                            + "privacy;koken;speelruimte;voorlichting;participatie",
                    "L0002;15-01-2024;J;J;J;J;J;J;J;J;J;N"},
            "coa_bewoning", new String[] {
                    "vnummer;bsn;geboortedatum;amv;gezinsnummer;datum_aanvraag;locatiecode;datum_instroom;datum_uitstroom",
                    "1000000001;111222333;05-06-2015;N;G-77;01-10-2023;L0001;02-10-2023;",
                    "1000000002;;12-12-2010;J;;01-11-2023;L0002;01-01-2024;15-01-2024"},
            "coa_verhuisbewegingen", new String[] {
                    "vnummer;datum_verhuizing;van_locatiecode;naar_locatiecode;reden",
                    "1000000002;10-01-2024;L0002;L0001;CAPACITEIT"},
            "duo_inschrijvingen", new String[] {
                    "onderwijsnummer;bsn;brin;gemeentecode;onderwijssoort;datum_aanmelding;datum_inschrijving;"
                            + "datum_uitschrijving;reden_uitschrijving",
                    ";111222333;12AB;GM1970;PO;01-11-2023;06-11-2023;;"},
            "jeugdhulp_trajecten", new String[] {
                    "bsn;gemeentecode;aanbieder;soort;datum_start;datum_einde;reden_beeindiging",
                    "111222333;GM1970;AANB01;VERBLIJF;01-11-2023;15-01-2024;VOLGENS_PLAN"},
            "coa_kso_leads", new String[] {
                    "lead_id;gemeentecode;provincie;capaciteit;status;datum_status;afwijsreden",
                    "K001;GM0344;Utrecht;60;LEAD;10-01-2024;"});

    private CleanMonth() {
    }

    /** Lands the clean file of each named source (every source when none is named), as {@code <source>.csv}, on the date. */
    static RawLanding write(RawLanding raw, String date, String... sources) {
        FILES.forEach((source, lines) -> {
            if (sources.length == 0 || java.util.List.of(sources).contains(source)) {
                raw.lines(source, date, source + ".csv", lines);
            }
        });
        return raw;
    }
}
