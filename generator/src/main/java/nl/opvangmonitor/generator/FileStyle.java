package nl.opvangmonitor.generator;

import nl.opvangmonitor.common.contract.RawSource;

/**
 * How a delivery file is written, as the systems behind each source would: COA's exports are plain
 * UTF-8 with {@code \n}; DUO's are Windows exports with a byte-order mark and {@code \r\n}; the
 * municipalities' use {@code \r\n}, and every other delivery of theirs carries a byte-order mark.
 */
record FileStyle(boolean byteOrderMark, String lineEnd) {

    static FileStyle of(RawSource source, int delivery) {
        return switch (source) {
            case DUO_INSCHRIJVINGEN -> new FileStyle(true, "\r\n");
            case JEUGDHULP_TRAJECTEN -> new FileStyle(delivery % 2 == 0, "\r\n");
            default -> new FileStyle(false, "\n");
        };
    }
}
