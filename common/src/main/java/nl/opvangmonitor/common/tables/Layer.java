package nl.opvangmonitor.common.tables;

/** The layers of the lake, each a sub-folder of the lake root (engineering.md, privacy.md). */
public enum Layer {
    BRONZE, QUARANTINE, SILVER, GOLD, PUBLISH, OPS;

    /** Folder name under the lake root and SQL schema name, e.g. {@code gold}. */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
