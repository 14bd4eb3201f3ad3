package nl.opvangmonitor.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.jobs.ingest.DeliveryFinding.Check;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The checks of ingest's quality gate on the deliveries of one run (docs/ingest.md, "Quality gate"): the
 * quarantined share, files cut off (empty, or not ending in a line end), the manifest's control totals when the
 * delivery has one, and sources without a delivery in a month in which another source delivered.
 */
final class DeliveryChecks {
    /** A single quarantined row never trips the share check: in a delivery of ten rows it is already 10%. */
    static final long MIN_QUARANTINED_ROWS = 2;

    private final Configuration hadoop;

    DeliveryChecks(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    /** Every finding about the ingested deliveries; {@code delivered} holds every delivery in the ledger by source. */
    List<DeliveryFinding> findings(List<DeliveryAccount> ingested, Map<RawSource, Set<LocalDate>> delivered,
                                   double maxQuarantineShare) {
        List<DeliveryFinding> findings = new ArrayList<>();
        for (DeliveryAccount account : ingested) {
            quarantineShare(account, maxQuarantineShare).ifPresent(findings::add);
            findings.addAll(truncatedFiles(account.delivery()));
            findings.addAll(ControlTotals.check(hadoop, account));
        }
        findings.addAll(missingDeliveries(ingested.stream().map(a -> a.delivery().date()).toList(), delivered));
        return findings;
    }

    static Optional<DeliveryFinding> quarantineShare(DeliveryAccount a, double limit) {
        if (a.quarantined() < MIN_QUARANTINED_ROWS || a.quarantinedShare() <= limit) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryFinding(a.delivery().source(), a.delivery().date(), Check.QUARANTINE_SHARE,
                String.format(Locale.ROOT, "%d of %d rows quarantined (%.1f%%, limit %.1f%%)", a.quarantined(), a.read(),
                        100 * a.quarantinedShare(), 100 * limit)));
    }

    /** The delivery's files that are empty or whose last byte is not a line end. */
    private List<DeliveryFinding> truncatedFiles(Delivery delivery) {
        List<DeliveryFinding> findings = new ArrayList<>();
        for (String file : delivery.files()) {
            String problem = endProblem(new Path(file));
            if (problem != null) {
                findings.add(new DeliveryFinding(delivery.source(), delivery.date(), Check.TRUNCATED_FILE,
                        new Path(file).getName() + " " + problem));
            }
        }
        return findings;
    }

    private String endProblem(Path file) {
        try {
            FileSystem fs = file.getFileSystem(hadoop);
            long length = fs.getFileStatus(file).getLen();
            if (length == 0) {
                return "is empty (not even a header): cut off?";
            }
            try (FSDataInputStream in = fs.open(file)) {
                in.seek(length - 1);
                return in.read() == '\n' ? null : "does not end in a line end: cut off?";
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Per month of this run's deliveries, each source without a delivery in it while another source has one;
     * the finding is dated the month's last day.
     */
    static List<DeliveryFinding> missingDeliveries(Collection<LocalDate> ingested, Map<RawSource, Set<LocalDate>> delivered) {
        List<DeliveryFinding> findings = new ArrayList<>();
        for (YearMonth month : ingested.stream().map(YearMonth::from).distinct().sorted().toList()) {
            List<RawSource> missing = Arrays.stream(RawSource.values()).filter(source -> delivered
                    .getOrDefault(source, Set.of()).stream().noneMatch(d -> YearMonth.from(d).equals(month))).toList();
            int present = RawSource.values().length - missing.size();
            for (RawSource source : missing) {
                findings.add(new DeliveryFinding(source, month.atEndOfMonth(), Check.MISSING_DELIVERY, String.format(
                        Locale.ROOT, "no delivery in %s, while %d of the %d sources delivered", month, present, RawSource.values().length)));
            }
        }
        return findings;
    }
}
