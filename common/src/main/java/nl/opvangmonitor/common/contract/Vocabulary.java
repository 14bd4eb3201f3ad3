package nl.opvangmonitor.common.contract;

import java.util.List;
import java.util.Map;

/** The code lists of data-contract.md, in one place for the parser, the generator and the metrics. */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static final List<String> PROVINCES = List.of("Groningen", "Fryslân", "Drenthe", "Overijssel",
            "Flevoland", "Gelderland", "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant",
            "Limburg");

    public static final List<String> OPVANGVORMEN = List.of("AZC", "GEZINSLOCATIE", "AMV", "KSO",
            "NIDOS_KLEINSCHALIG", "NOODOPVANG", "CRISISNOODOPVANG", "AANMELDCENTRUM");

    public static final String REGULIER = "REGULIER";
    public static final String NOODOPVANG = "NOODOPVANG";
    public static final String CRISISNOODOPVANG = "CRISISNOODOPVANG";
    public static final String AANMELDCENTRUM = "AANMELDCENTRUM";

    /** The four location categories used everywhere in the metrics. */
    public static final List<String> CATEGORIES = List.of(REGULIER, NOODOPVANG, CRISISNOODOPVANG, AANMELDCENTRUM);

    /** Category of an opvangvorm (data-contract.md, coa_locaties). */
    public static String categoryOf(String opvangvorm) {
        return switch (opvangvorm) {
            case "NOODOPVANG" -> NOODOPVANG;
            case "CRISISNOODOPVANG" -> CRISISNOODOPVANG;
            case "AANMELDCENTRUM" -> AANMELDCENTRUM;
            default -> REGULIER;
        };
    }

    public static final List<String> RELOCATION_REASONS = List.of("SLUITING_LOCATIE", "DOORSTROOM_REGULIER",
            "MEERDERJARIG", "GEZINSHERENIGING", "ZORG_OF_VEILIGHEID", "CAPACITEIT", "OVERIG");

    public static final List<String> ONDERWIJSSOORTEN = List.of("PO", "VO", "ISK", "NIEUWKOMERSVOORZIENING", "TNV",
            "SO", "VSO", "MBO");

    public static final List<String> DEREGISTRATION_REASONS = List.of("VERHUIZING", "SCHOOLWISSEL",
            "EINDE_LEERPLICHT", "VERTREK_BUITENLAND", "OVERIG");

    public static final List<String> CARE_TYPES = List.of("AMBULANT", "VERBLIJF", "JEUGDBESCHERMING",
            "JEUGDRECLASSERING");

    /** The five end reasons of the youth-care statistics, in code order 01..05. */
    public static final List<String> CARE_END_REASONS = List.of("VOLGENS_PLAN", "VOORTIJDIG_OVEREENSTEMMING",
            "VOORTIJDIG_CLIENT", "VOORTIJDIG_AANBIEDER", "VOORTIJDIG_EXTERN");

    /** The numeric codes 01..05 that may stand for the care end reasons. */
    public static final Map<String, String> CARE_END_REASON_CODES = Map.of("01", "VOLGENS_PLAN",
            "02", "VOORTIJDIG_OVEREENSTEMMING", "03", "VOORTIJDIG_CLIENT", "04", "VOORTIJDIG_AANBIEDER",
            "05", "VOORTIJDIG_EXTERN");

    public static final List<String> KSO_STATUSES = List.of("LEAD", "IN_ONTWIKKELING", "IN_GEBRUIK", "AFGEWEZEN",
            "ON_HOLD");

    public static final List<String> KSO_REJECTION_REASONS = List.of("AANBIEDER_TERUGGETROKKEN",
            "EIGENAAR_TERUGGETROKKEN_BEDREIGING", "HUURSOM_TE_HOOG", "ANDERE_LOCATIE_GEKOZEN",
            "GEMEENTE_ONTWIKKELT_ZELF", "GEMEENTE_VOLDOET_AL", "LOCATIE_NIET_GESCHIKT", "OPGAVE_NUL_NA_VERDEELBESLUIT",
            "GEEN_BESTUURLIJK_DRAAGVLAK");
}
