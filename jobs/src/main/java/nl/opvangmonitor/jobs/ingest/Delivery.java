package nl.opvangmonitor.jobs.ingest;

import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;

/** One delivery folder of the landing zone, {@code <raw>/<source>/<yyyy-MM-dd>/}, with its CSV files (full paths, by name). */
record Delivery(RawSource source, LocalDate date, List<String> files) {
    Delivery {
        files = List.copyOf(files);
    }

    /** How people and messages name it: {@code coa_bewoning/2024-01-31}. */
    String name() {
        return source.folder() + "/" + date;
    }

    /** The file names without their folders, as ops.deliveries lists them. */
    List<String> fileNames() {
        return files.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList();
    }
}
