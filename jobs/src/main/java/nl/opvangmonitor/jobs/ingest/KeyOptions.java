package nl.opvangmonitor.jobs.ingest;

import java.nio.file.Path;
import nl.opvangmonitor.common.privacy.PseudonymKey;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.FailureKind;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import picocli.CommandLine.Option;

/** Where the pseudonymisation key comes from (privacy.md): a key file, the environment, or --demo. */
public final class KeyOptions {
    @Option(names = "--key-file", paramLabel = "FILE", description = "File holding the secret pseudonymisation key.")
    Path keyFile;

    @Option(names = "--demo", description = "Use the public demo key when no key is given: for generated data only.")
    boolean demo;

    /** Makes this run a demo: the public demo key when no key file or environment key is given. */
    public void useDemoKey() {
        demo = true;
    }

    /** The key of this run; refuses (usage error) without one, and warns loudly about a demo key. */
    public PseudonymKey resolve() {
        PseudonymKey key;
        try {
            key = PseudonymKey.resolve(keyFile, System.getenv(PseudonymKey.ENV_VARIABLE), demo);
        } catch (IllegalArgumentException e) {
            throw new JobFailure(e.getMessage(), FailureKind.USAGE);
        }
        if (key.isDemo()) {
            Console.warn("DEMO KEY IN USE: the pseudonyms can be recomputed by anyone. This lake is NOT fit for real data.");
        }
        return key;
    }
}
