package nl.opvangmonitor.jobs.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, for rendering the report as a person would see it. CI installs it
 * and sets {@code OPVANGMONITOR_REQUIRE_BROWSER=1}, so there a missing browser fails the test.
 */
final class HeadlessBrowser {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** What a render gave: the screenshot and the browser's log (console messages included). */
    record Render(BufferedImage screenshot, String log) {
    }

    private HeadlessBrowser() {
    }

    static Render screenshot(Path html, Path png) throws IOException, InterruptedException {
        Path log = png.resolveSibling("chromium.log");
        chromium(html, png.getParent(), log, "--screenshot=" + png, true);
        return new Render(ImageIO.read(png.toFile()), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The page's DOM as the browser built it ({@code --dump-dom}): what a screen reader walks. */
    static String dom(Path html) throws IOException, InterruptedException {
        Path out = html.resolveSibling("chromium-dom.html");
        chromium(html, html.getParent(), out, "--dump-dom", false);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void chromium(Path html, Path work, Path output, String mode, boolean withLog)
            throws IOException, InterruptedException {
        boolean required = System.getenv("OPVANGMONITOR_REQUIRE_BROWSER") != null;
        if (!Files.isExecutable(CHROMIUM) && !required) {
            Assumptions.abort("no headless Chromium here (CI installs it)");
        }
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=900,4000", mode, html.toUri().toString()));
        if (withLog) {
            command.addAll(1, List.of("--enable-logging=stderr", "--v=0"));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile());
        if (withLog) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = builder.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 120 s");
        }
    }

    /** Console messages the page logged at error level (a script or resource error). */
    static List<String> consoleErrors(String log) {
        return log.lines().filter(l -> l.contains("CONSOLE") && (l.contains("ERROR") || l.contains("Uncaught")))
                .toList();
    }

    /** How many pixels of the screenshot have exactly the given RGB colour. */
    static long pixelsOfColour(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
