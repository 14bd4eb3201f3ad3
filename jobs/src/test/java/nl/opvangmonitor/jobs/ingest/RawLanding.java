package nl.opvangmonitor.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes hand-made delivery files into a test landing zone, {@code <raw>/<source>/<date>/<file>}. */
final class RawLanding {
    private final Path root;

    RawLanding(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Lines joined with {@code \n} and a final line end, UTF-8. */
    RawLanding lines(String source, String date, String file, String... lines) {
        return text(source, date, file, String.join("\n", lines) + "\n");
    }

    RawLanding text(String source, String date, String file, String text) {
        return bytes(source, date, file, text.getBytes(StandardCharsets.UTF_8));
    }

    RawLanding bytes(String source, String date, String file, byte[] content) {
        try {
            Path target = root.resolve(source).resolve(date).resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
