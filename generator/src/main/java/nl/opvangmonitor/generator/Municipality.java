package nl.opvangmonitor.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A municipality the generator places locations, schools and care in: CBS code, name, province.
 * A fixed selection of real municipalities, a handful per province, including Frisian names with
 * diacritics and names with an apostrophe, so the raw files carry the text real extracts carry.
 */
record Municipality(String code, String name, String province) {

    static final List<Municipality> ALL = List.copyOf(parse("""
            GM0014 Groningen|Groningen
            GM1950 Westerwolde|Groningen
            GM0037 Stadskanaal|Groningen
            GM0047 Veendam|Groningen
            GM1966 Het Hogeland|Groningen
            GM1952 Midden-Groningen|Groningen
            GM0080 Leeuwarden|Fryslân
            GM1900 Súdwest-Fryslân|Fryslân
            GM0074 Heerenveen|Fryslân
            GM0090 Smallingerland|Fryslân
            GM1970 Noardeast-Fryslân|Fryslân
            GM0737 Tytsjerksteradiel|Fryslân
            GM0106 Assen|Drenthe
            GM0114 Emmen|Drenthe
            GM0118 Hoogeveen|Drenthe
            GM0119 Meppel|Drenthe
            GM1680 Aa en Hunze|Drenthe
            GM0193 Zwolle|Overijssel
            GM0153 Enschede|Overijssel
            GM0150 Deventer|Overijssel
            GM0164 Hengelo|Overijssel
            GM0141 Almelo|Overijssel
            GM0034 Almere|Flevoland
            GM0995 Lelystad|Flevoland
            GM0171 Noordoostpolder|Flevoland
            GM0303 Dronten|Flevoland
            GM0202 Arnhem|Gelderland
            GM0268 Nijmegen|Gelderland
            GM0200 Apeldoorn|Gelderland
            GM0228 Ede|Gelderland
            GM0289 Wageningen|Gelderland
            GM0222 Doetinchem|Gelderland
            GM0344 Utrecht|Utrecht
            GM0307 Amersfoort|Utrecht
            GM0356 Nieuwegein|Utrecht
            GM0345 Veenendaal|Utrecht
            GM0340 Rhenen|Utrecht
            GM0363 Amsterdam|Noord-Holland
            GM0392 Haarlem|Noord-Holland
            GM0361 Alkmaar|Noord-Holland
            GM0402 Hilversum|Noord-Holland
            GM0400 Den Helder|Noord-Holland
            GM0479 Zaanstad|Noord-Holland
            GM0599 Rotterdam|Zuid-Holland
            GM0518 's-Gravenhage|Zuid-Holland
            GM0546 Leiden|Zuid-Holland
            GM0505 Dordrecht|Zuid-Holland
            GM0503 Delft|Zuid-Holland
            GM0513 Gouda|Zuid-Holland
            GM0687 Middelburg|Zeeland
            GM0718 Vlissingen|Zeeland
            GM0654 Borsele|Zeeland
            GM0664 Goes|Zeeland
            GM0855 Tilburg|Noord-Brabant
            GM0772 Eindhoven|Noord-Brabant
            GM0796 's-Hertogenbosch|Noord-Brabant
            GM0758 Breda|Noord-Brabant
            GM1706 Cranendonck|Noord-Brabant
            GM0828 Oss|Noord-Brabant
            GM0935 Maastricht|Limburg
            GM0917 Heerlen|Limburg
            GM0983 Venlo|Limburg
            GM0957 Roermond|Limburg
            GM0928 Kerkrade|Limburg
            """));

    /** Ter Apel's municipality: the main intake centre. */
    static final Municipality WESTERWOLDE = byCode("GM1950");
    /** Budel's municipality: the second intake centre. */
    static final Municipality CRANENDONCK = byCode("GM1706");

    static Municipality byCode(String code) {
        return ALL.stream().filter(m -> m.code.equals(code)).findFirst().orElseThrow();
    }

    private static List<Municipality> parse(String table) {
        List<Municipality> list = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] codeAndRest = line.strip().split(" ", 2);
            String[] nameAndProvince = codeAndRest[1].split("\\|");
            list.add(new Municipality(codeAndRest[0], nameAndProvince[0], nameAndProvince[1]));
        }
        return list;
    }
}
