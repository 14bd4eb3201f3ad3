package nl.opvangmonitor.common.contract;

/**
 * Where and how the generator writes how many defects of each kind it injected, so tests can
 * check that ingest caught each one: {@code <raw-root>/_manifest/defects.csv}, UTF-8, {@code ;}
 * separated, header {@code source;delivery_date;reason;rows}, one line per source, delivery
 * (yyyy-MM-dd) and {@link RejectReason}, sorted. Each injected defect is an extra row that
 * triggers exactly that one reason, so quarantine counts per reason must equal these rows.
 */
public final class DefectManifest {
    private DefectManifest() {
    }

    /** Folder under the raw root; ingest ignores folders starting with an underscore. */
    public static final String FOLDER = "_manifest";
    public static final String FILE = "defects.csv";
    public static final String HEADER = "source;delivery_date;reason;rows";
}
