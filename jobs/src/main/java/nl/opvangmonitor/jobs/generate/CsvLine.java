package nl.opvangmonitor.jobs.generate;

/** One line of a raw file (data-contract.md): fields joined by {@code ;}, quoted with {@code "} when they need it. */
final class CsvLine {
    private CsvLine() {
    }

    static String format(String[] fields) {
        StringBuilder b = new StringBuilder(fields.length * 12);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(';');
            }
            String f = fields[i];
            if (f.indexOf(';') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.toString();
    }
}
