package nl.opvangmonitor.jobs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The privacy scan of privacy.md, for tests: finds in a table or an export anything that looks like
 * a person: a 10-digit number (vnummer), a 9-digit number passing the eleven-test (bsn), a 64-hex
 * string (a pseudonym), or a person-level column (child_id, bsn_id, birth...). Returns findings,
 * empty when clean; usable over every publish table and every exported file.
 */
public final class PrivacyScan {
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<!\\d)\\d{10}(?!\\d)");
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");
    private static final Pattern HEX_64 = Pattern.compile("(?i)(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");
    private static final Set<String> PERSON_COLUMNS = Set.of("child_id", "bsn_id", "pupil_id", "family_id",
            "onderwijsnummer_id", "vnummer", "bsn", "onderwijsnummer", "gezinsnummer");

    private PrivacyScan() {
    }

    /** Findings in a table: its column names and every value. */
    public static List<String> scan(Dataset<Row> table, String name) {
        List<String> findings = new ArrayList<>();
        for (String column : table.columns()) {
            checkColumn(name, column, findings);
        }
        table.toLocalIterator().forEachRemaining(row -> {
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                if (v != null) {
                    checkValue(name + "." + table.columns()[i], v.toString(), findings);
                }
            }
        });
        return findings;
    }

    /** Findings in every file under a folder: text files line by line, workbooks cell by cell (headers too). */
    public static List<String> scanFiles(Path folder) throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (file.toString().endsWith(".xlsx")) {
                    scanWorkbook(file, findings);
                } else {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    checkValue(file.getFileName().toString(), text, findings);
                    text.lines().findFirst().ifPresent(header -> {
                        for (String column : header.split("[;,]")) {
                            checkColumn(file.getFileName().toString(), column, findings);
                        }
                    });
                }
            }
        }
        return findings;
    }

    /** Whether a 9-digit number passes the bsn eleven-test (9a+8b+...+2h-1i divisible by 11). */
    public static boolean elevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static void scanWorkbook(Path file, List<String> findings) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        String where = file.getFileName() + "!" + sheet.getSheetName() + "!" + cell.getAddress();
                        if (!fraction(cell)) {
                            checkValue(where, text, findings);
                        }
                        checkColumn(where, text, findings);
                    }
                }
            }
        }
    }

    /** A numeric cell with a fractional part (a rate or share): its decimals are no identifier. */
    private static boolean fraction(Cell cell) {
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && cell.getNumericCellValue() != Math.rint(cell.getNumericCellValue());
    }

    private static void checkColumn(String where, String column, List<String> findings) {
        String normal = column.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (PERSON_COLUMNS.contains(normal) || normal.contains("birth")) {
            findings.add(where + ": person-level column " + column);
        }
    }

    private static void checkValue(String where, String value, List<String> findings) {
        if (TEN_DIGITS.matcher(value).find()) {
            findings.add(where + ": a 10-digit number (vnummer?)");
        }
        Matcher nine = NINE_DIGITS.matcher(value);
        while (nine.find()) {
            if (elevenTest(nine.group())) {
                findings.add(where + ": a 9-digit number passing the eleven-test (bsn?) " + nine.group());
            }
        }
        if (HEX_64.matcher(value).find()) {
            findings.add(where + ": a 64-hex string (pseudonym?)");
        }
    }
}
