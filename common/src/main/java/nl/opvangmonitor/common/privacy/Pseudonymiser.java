package nl.opvangmonitor.common.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.opvangmonitor.common.contract.FieldKind;

/**
 * Keyed pseudonyms for identifiers (privacy.md): HMAC-SHA256 over "type:value", hex encoded, so
 * the same person gets the same pseudonym in every source and run, and nobody without the key can
 * recompute one from a guessed number. The key is held here only and never printed.
 */
public final class Pseudonymiser implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private transient Mac mac;

    public Pseudonymiser(PseudonymKey key) {
        this.key = key.bytes();
    }

    /** The pseudonym of an identifier of the given kind; null stays null. */
    public String pseudonym(FieldKind kind, String value) {
        if (!kind.isIdentifier()) {
            throw new IllegalArgumentException(kind + " is not an identifier kind");
        }
        return pseudonym(kind.name().toLowerCase(java.util.Locale.ROOT), value);
    }

    /**
     * The pseudonym of a value under a type prefix, e.g. {@code gezinsnummer}: linkage keys that
     * are not person identifiers in the contract but must not pass raw either. Null stays null.
     */
    public String pseudonym(String typePrefix, String value) {
        if (value == null) {
            return null;
        }
        return HexFormat.of().formatHex(mac().doFinal((typePrefix + ":" + value).getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        if (mac == null) {
            try {
                mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(key, ALGORITHM));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available", e);
            }
        }
        return mac;
    }

    @Override
    public String toString() {
        return "Pseudonymiser[key hidden]";
    }
}
