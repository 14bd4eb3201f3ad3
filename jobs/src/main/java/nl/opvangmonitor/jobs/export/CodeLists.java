package nl.opvangmonitor.jobs.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.jobs.sql.SqlEngine;
import nl.opvangmonitor.jobs.metrics.school.SchoolAccessFacts;

/**
 * The code lists of the published dimensions, code to name: the contract's vocabularies (data-contract.md)
 * with readable names where a code is not self-explaining, and gemeentecode with the gemeentenaam
 * of the location register ({@code silver.locations}, reference data without persons).
 */
public final class CodeLists {
    private CodeLists() {
    }

    private static final Map<String, String> CATEGORIES = Map.of(
            Vocabulary.REGULIER, "regular reception (azc, family location, amv, small-scale)",
            Vocabulary.NOODOPVANG, "emergency reception (noodopvang)",
            Vocabulary.CRISISNOODOPVANG, "crisis emergency reception (crisisnoodopvang)",
            Vocabulary.AANMELDCENTRUM, "application centre (aanmeldcentrum)",
            SchoolAccessFacts.UNKNOWN_PLACE, "unknown: in no stay on the date");
    private static final Map<String, String> OPVANGVORMEN = Map.of(
            "AZC", "asylum seekers' centre", "GEZINSLOCATIE", "family location",
            "AMV", "reception for unaccompanied minors", "KSO", "small-scale location (kleinschalige opvang)",
            "NIDOS_KLEINSCHALIG", "Nidos small-scale reception", "NOODOPVANG", "emergency reception",
            "CRISISNOODOPVANG", "crisis emergency reception", "AANMELDCENTRUM", "application centre");
    private static final Map<String, String> ONDERWIJSSOORTEN = Map.of(
            "PO", "primary education", "VO", "secondary education", "ISK", "international transition class",
            "NIEUWKOMERSVOORZIENING", "newcomers' provision (primary)", "SO", "special primary education",
            "VSO", "special secondary education", "MBO", "vocational education");

    /** Per dimension column name, its codes and names, in the vocabulary's order. */
    public static Map<String, Map<String, String>> of(SqlEngine engine) {
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        List<String> categories = new java.util.ArrayList<>(Vocabulary.CATEGORIES);
        categories.add(SchoolAccessFacts.UNKNOWN_PLACE);
        for (String dim : List.of("category", "from_category", "to_category")) {
            lists.put(dim, named(categories, CATEGORIES));
        }
        lists.put("opvangvorm", named(Vocabulary.OPVANGVORMEN, OPVANGVORMEN));
        lists.put("provincie", named(Vocabulary.PROVINCES, Map.of()));
        lists.put("amv", named(List.of("J", "N"), Map.of("J", "unaccompanied minor (amv)", "N", "accompanied child")));
        lists.put("onderwijssoort", named(Vocabulary.ONDERWIJSSOORTEN, ONDERWIJSSOORTEN));
        lists.put("reden", named(Vocabulary.RELOCATION_REASONS, Map.of()));
        lists.put("soort", named(Vocabulary.CARE_TYPES, Map.of()));
        lists.put("status", named(Vocabulary.KSO_STATUSES, Map.of()));
        lists.put("afwijsreden", named(Vocabulary.KSO_REJECTION_REASONS, Map.of()));
        lists.put("gemeentecode", municipalities(engine));
        return lists;
    }

    private static Map<String, String> named(List<String> codes, Map<String, String> names) {
        Map<String, String> list = new LinkedHashMap<>();
        codes.forEach(c -> list.put(c, names.getOrDefault(c, "")));
        return list;
    }

    /**
     * gemeentecode to gemeentenaam of the locations; empty without a location register (export reads the publish
     * tables of whatever lake it is given, which need not hold silver).
     */
    private static Map<String, String> municipalities(SqlEngine engine) {
        Map<String, String> list = new LinkedHashMap<>();
        if (engine.registered().contains(SilverTables.LOCATIONS)) {
            engine.run("SELECT gemeentecode, max(gemeentenaam) FROM " + SilverTables.LOCATIONS.qualifiedName()
                    + " GROUP BY gemeentecode ORDER BY gemeentecode").result().rows()
                    .forEachRemaining(r -> list.put((String) r.get(0), (String) r.get(1)));
        }
        return list;
    }
}
