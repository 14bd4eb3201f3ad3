package nl.opvangmonitor.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-written landing zone covering the contract's format (BOM, CRLF, quoted separators and
 * line ends, shuffled headers, an extra column, diacritics, reason codes 01..05, a zero-byte file,
 * a space in a file name) and one bad
 * row per rejection rule, with the reasons each bad row must get and the accounting per delivery.
 */
final class ContractFixture {
    static final String D1 = "2024-01-31";
    static final String D2 = "2024-02-29";
    static final String BOM = "\uFEFF";

    private ContractFixture() {
    }

    /** Every identifier value of the input (vnummer, bsn, onderwijsnummer, gezinsnummer): none may reach bronze. */
    static final List<String> IDENTIFIERS = List.of("1000000001", "1000000002", "100000003", "1000000004",
            "1000000005", "1000000006", "1000000007", "1000000008", "1000000009", "1000000010", "1000000011",
            "1000000012", "111222333", "123456789", "123456782", "987654321", "987654322", "98765432", "G-77", "G-78",
            "G-79");

    static void write(RawLanding raw) {
        raw.text("coa_locaties", D1, "locaties.csv", BOM + String.join("\r\n",
                "naam;locatiecode;provincie;gemeentecode;gemeentenaam;opvangvorm;capaciteit;datum_open;datum_sluiting;opmerking",
                "\"AZC Burgum; \"\"De Stripe\"\"\r\nhoofdgebouw\";L0001;Fryslân;GM1970;Noardeast-Fryslân;AZC;400;01-03-2016;;vrij",
                "Noodopvang Ter Apel;L0002;Groningen;GM1966;Westerwolde;NOODOPVANG;150;01-01-2024;31-12-2026;",
                "Verkeerde provincie;L0003;Friesland;GM1970;Noardeast-Fryslân;AZC;10;01-01-2020;;",
                "Negatieve capaciteit;L0004;Utrecht;GM0344;Utrecht;AZC;-5;01-01-2020;;",
                "Dicht voor open;L0005;Utrecht;GM0344;Utrecht;AZC;10;01-01-2020;01-01-2019;",
                "Nog niet open;L0006;Utrecht;GM0344;Utrecht;KSO;10;01-02-2024;;",
                ";L0007;Utrecht;GM34;Utrecht;HOTEL;10;01-01-2020;;",
                "Te kort;L0008;Utrecht") + "\r\n");
        raw.lines("coa_locaties", D2, "locaties.csv",
                "locatiecode;naam;gemeentecode;gemeentenaam;provincie;opvangvorm;capaciteit;datum_open;datum_sluiting",
                "L0009;Kleinschalig Leeuwarden;GM0080;Leeuwarden;Frysla\u0302n;AMV;0;15-02-2024;"); // decomposed â
        raw.text("coa_inventarisatie", D1, "leeg.csv", "");
        raw.lines("coa_inventarisatie", D1, "inventarisatie januari.csv",
                "locatiecode;peildatum;onderwijs;huisarts;activiteiten;aandachtsfunctionaris;contactpersoon_kinderen;privacy;koken;speelruimte;voorlichting;participatie",
                "L0001;15-01-2024;J;J;N;J;J;N;J;J;N;J",
                "L0002;15-01-2024;J;J;J;J;J;J;J;J;J;ja",
                "L0002;31-01-2024;J;J;J;J;J;J;J;J;J;N");
        raw.lines("coa_bewoning", D1, "bewoning.csv",
                "vnummer;bsn;geboortedatum;amv;gezinsnummer;datum_aanvraag;locatiecode;datum_instroom;datum_uitstroom",
                "1000000001;111222333;05-06-2015;N;G-77;01-10-2023;L0001;02-10-2023;",
                "1000000002;;12-12-2010;J;;01-11-2023;L0002;01-01-2024;15-01-2024",
                "100000003;;01-01-2012;J;;01-11-2023;L0001;01-11-2023;",
                "1000000004;123456789;01-01-2012;N;G-78;01-11-2023;L0001;01-11-2023;",
                "1000000005;;01-01-2012;X;;01-11-2023;L0001;01-11-2023;",
                "1000000006;;01-12-2023;N;G-79;01-11-2023;L0001;01-11-2023;",
                "1000000007;;01-01-2012;J;;01-11-2023;L0001;10-12-2023;01-12-2023",
                "1000000008;;01-01-2012;J;;01-11-2023;L0009;01-11-2023;",
                "1000000009;;31-02-2012;J;;01-11-2023;L0001;05-02-2024;",
                "1000000010;000000000;01-01-2012;N;;01-11-2023;L0003;01-11-2023;",
                "1000000011;;01-01-2012;J;;01-11-2023;;01-11-2023;");
        raw.text("coa_bewoning", D2, "bewoning.csv", String.join("\r\n",
                "vnummer;bsn;geboortedatum;amv;gezinsnummer;datum_aanvraag;locatiecode;datum_instroom;datum_uitstroom",
                "1000000008;;01-01-2012;J;;01-11-2023;L0009;16-02-2024;",
                "1000000001;111222333;05-06-2015;N;G-77;01-10-2023;L0001;02-10-2023;20-02-2024"));
        raw.lines("coa_verhuisbewegingen", D2, "verhuizingen.csv",
                "vnummer;datum_verhuizing;van_locatiecode;naar_locatiecode;reden",
                "1000000001;20-02-2024;L0001;L0009;DOORSTROOM_REGULIER",
                "1000000002;15-01-2024;L0002;L0002;OVERIG",
                "1000000002;15-01-2024;L0002;L0099;VAKANTIE",
                "\"1000000012\";\"01-02-2024\";\"L0001\";\"L0002\";\"CAPACITEIT\"");
        raw.lines("duo_inschrijvingen", D1, "inschrijvingen.csv",
                "onderwijsnummer;bsn;brin;gemeentecode;onderwijssoort;datum_aanmelding;datum_inschrijving;datum_uitschrijving;reden_uitschrijving",
                ";111222333;12AB;GM1970;PO;01-11-2023;06-11-2023;;",
                "987654321;;34CD;GM1966;ISK;;08-01-2024;;",
                "987654322;123456782;12AB;GM1970;PO;;06-11-2023;;",
                ";;12AB;GM1970;PO;;06-11-2023;;",
                "98765432;;12AB;GM1970;PO;;06-11-2023;;",
                ";123456782;12ABC;GM1970;PO;;06-11-2023;01-11-2023;VERHUIZING",
                ";123456782;12AB;GM1970;VO;;06-11-2023;;");
        raw.lines("jeugdhulp_trajecten", D1, "trajecten.csv",
                "bsn;gemeentecode;aanbieder;soort;datum_start;datum_einde;reden_beeindiging",
                "111222333;GM1970;AANB01;AMBULANT;01-11-2023;15-01-2024;05",
                "111222333;GM1970;AANB01;VERBLIJF;01-11-2023;15-01-2024;VOLGENS_PLAN",
                "111222333;GM1970;AANB01;AMBULANT;01-11-2023;;06",
                ";GM1970;AANB01;AMBULANT;01-11-2023;;",
                "111222333;GM1970;AANB01;AMBULANT;01-11-2023;01-10-2023;01");
        raw.lines("coa_kso_leads", D1, "leads.csv",
                "lead_id;gemeentecode;provincie;capaciteit;status;datum_status;afwijsreden",
                "K001;GM0344;Utrecht;60;LEAD;10-01-2024;",
                "K002;GM0344;Utrecht;151;LEAD;10-01-2024;",
                "K003;GM0344;Utrecht;0;LEAD;10-01-2024;",
                "K004;GM0344;Utrecht;40;AFGEWEZEN;10-01-2024;",
                "K005;GM0344;Utrecht;40;ON_HOLD;10-01-2024;HUURSOM_TE_HOOG",
                "K006;GM0344;Utrecht;abc;LEAD;1-1-2024;");
        raw.lines("coa_kso_leads", D2, "leads.csv",
                "lead_id;gemeentecode;provincie;capaciteit;status;datum_status",
                "K007;GM0344;Utrecht;60;LEAD;10-02-2024",
                "K008;GM0344;Utrecht;60;LEAD;10-02-2024");
        raw.bytes("coa_kso_leads", D2, "latin1.csv", String.join("\n",
                "lead_id;gemeentecode;provincie;capaciteit;status;datum_status;afwijsreden",
                "K009;GM1970;Fryslân;60;LEAD;10-02-2024;",
                "K010;GM1970;Fryslân;60;LEAD;10-02-2024;").getBytes(StandardCharsets.ISO_8859_1));
        raw.lines("_manifest", "x", "defects.csv", "source;delivery_date;reason;rows");
    }

    /** The quarantine, as {@code source/delivery/file:line} with the exact set of reasons. */
    static final Map<String, Set<String>> QUARANTINED = Map.ofEntries(
            Map.entry("coa_locaties/2024-01-31/locaties.csv:5", Set.of("BAD_CODE")),
            Map.entry("coa_locaties/2024-01-31/locaties.csv:6", Set.of("BAD_NUMBER")),
            Map.entry("coa_locaties/2024-01-31/locaties.csv:7", Set.of("END_BEFORE_START")),
            Map.entry("coa_locaties/2024-01-31/locaties.csv:8", Set.of("DATE_AFTER_DELIVERY")),
            Map.entry("coa_locaties/2024-01-31/locaties.csv:9", Set.of("MISSING_REQUIRED", "BAD_CODE", "BAD_ENUM")),
            Map.entry("coa_locaties/2024-01-31/locaties.csv:10", Set.of("MALFORMED_ROW")),
            Map.entry("coa_inventarisatie/2024-01-31/inventarisatie januari.csv:3", Set.of("BAD_BOOLEAN")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:4", Set.of("BAD_VNUMMER")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:5", Set.of("BAD_BSN")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:6", Set.of("BAD_BOOLEAN")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:7", Set.of("BIRTH_AFTER_APPLICATION")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:8", Set.of("END_BEFORE_START")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:9", Set.of("UNKNOWN_LOCATION")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:10", Set.of("BAD_DATE", "DATE_AFTER_DELIVERY")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:11", Set.of("BAD_BSN", "UNKNOWN_LOCATION")),
            Map.entry("coa_bewoning/2024-01-31/bewoning.csv:12", Set.of("MISSING_REQUIRED")),
            Map.entry("coa_verhuisbewegingen/2024-02-29/verhuizingen.csv:3", Set.of("SAME_FROM_TO")),
            Map.entry("coa_verhuisbewegingen/2024-02-29/verhuizingen.csv:4", Set.of("BAD_ENUM", "UNKNOWN_LOCATION")),
            Map.entry("duo_inschrijvingen/2024-01-31/inschrijvingen.csv:4", Set.of("BSN_XOR_ONDERWIJSNUMMER")),
            Map.entry("duo_inschrijvingen/2024-01-31/inschrijvingen.csv:5", Set.of("BSN_XOR_ONDERWIJSNUMMER")),
            Map.entry("duo_inschrijvingen/2024-01-31/inschrijvingen.csv:6", Set.of("BAD_ONDERWIJSNUMMER")),
            Map.entry("duo_inschrijvingen/2024-01-31/inschrijvingen.csv:7", Set.of("BAD_CODE", "END_BEFORE_START")),
            Map.entry("jeugdhulp_trajecten/2024-01-31/trajecten.csv:4", Set.of("BAD_ENUM")),
            Map.entry("jeugdhulp_trajecten/2024-01-31/trajecten.csv:5", Set.of("MISSING_REQUIRED")),
            Map.entry("jeugdhulp_trajecten/2024-01-31/trajecten.csv:6", Set.of("END_BEFORE_START")),
            Map.entry("coa_kso_leads/2024-01-31/leads.csv:3", Set.of("BAD_NUMBER")),
            Map.entry("coa_kso_leads/2024-01-31/leads.csv:4", Set.of("BAD_NUMBER")),
            Map.entry("coa_kso_leads/2024-01-31/leads.csv:5", Set.of("MISSING_REQUIRED")),
            Map.entry("coa_kso_leads/2024-01-31/leads.csv:7", Set.of("BAD_NUMBER", "BAD_DATE")),
            Map.entry("coa_kso_leads/2024-02-29/leads.csv:2", Set.of("MISSING_COLUMN")),
            Map.entry("coa_kso_leads/2024-02-29/leads.csv:3", Set.of("MISSING_COLUMN")),
            Map.entry("coa_kso_leads/2024-02-29/latin1.csv:1", Set.of("UNREADABLE_FILE")),
            Map.entry("coa_kso_leads/2024-02-29/latin1.csv:2", Set.of("UNREADABLE_FILE")),
            Map.entry("coa_kso_leads/2024-02-29/latin1.csv:3", Set.of("UNREADABLE_FILE")));

    /** Rows read, accepted, quarantined per delivery ({@code source/date}), counted by hand from the files above. */
    static final Map<String, List<Long>> ACCOUNTS = Map.of(
            "coa_locaties/2024-01-31", List.of(8L, 2L, 6L),
            "coa_locaties/2024-02-29", List.of(1L, 1L, 0L),
            "coa_inventarisatie/2024-01-31", List.of(3L, 2L, 1L),
            "coa_bewoning/2024-01-31", List.of(11L, 2L, 9L),
            "coa_bewoning/2024-02-29", List.of(2L, 2L, 0L),
            "coa_verhuisbewegingen/2024-02-29", List.of(4L, 2L, 2L),
            "duo_inschrijvingen/2024-01-31", List.of(7L, 3L, 4L),
            "jeugdhulp_trajecten/2024-01-31", List.of(5L, 2L, 3L),
            "coa_kso_leads/2024-01-31", List.of(6L, 2L, 4L),
            "coa_kso_leads/2024-02-29", List.of(5L, 0L, 5L));
}
