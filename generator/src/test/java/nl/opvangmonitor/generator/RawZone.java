package nl.opvangmonitor.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawSource;

/**
 * Test helper: reads a generated landing zone back, file by file, as the contract describes it
 * (optional byte-order mark, {@code \n} or {@code \r\n}, {@code ;} fields, {@code "} quoting).
 */
final class RawZone {
    private RawZone() {
    }

    /** One delivery file: its source, delivery day, header, and data records (fields as delivered). */
    record DeliveryFile(RawSource source, LocalDate delivery, Path path, List<String> header, List<List<String>> rows,
            List<String> lines) {
    }

    /** All delivery files under the root, in delivery order and, per day, in source order. */
    static List<DeliveryFile> read(Path root) {
        List<DeliveryFile> files = new ArrayList<>();
        for (RawSource source : RawSource.values()) {
            try (Stream<Path> days = Files.list(root.resolve(source.folder()))) {
                for (Path day : days.sorted().toList()) {
                    files.add(readFile(source, LocalDate.parse(day.getFileName().toString()), day.resolve(source.folder() + ".csv")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort((a, b) -> a.delivery().equals(b.delivery()) ? a.source().compareTo(b.source())
                : a.delivery().compareTo(b.delivery()));
        return files;
    }

    static DeliveryFile readFile(RawSource source, LocalDate delivery, Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> lines = new ArrayList<>();
            List<List<String>> records = parse(text, lines);
            return new DeliveryFile(source, delivery, path, records.get(0), records.subList(1, records.size()),
                    lines.subList(1, lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits CSV text into records of fields; {@code lines} receives each record's raw text. */
    static List<List<String>> parse(String text, List<String> lines) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int recordStart = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                lines.add(text.substring(recordStart, i));
                fields = new ArrayList<>();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                recordStart = i + 1;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
            lines.add(text.substring(recordStart));
        }
        return records;
    }
}
