package nl.opvangmonitor.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record splitter on hand-written text: quoting, line ends, line numbers and recovery. */
class CsvRecordReaderTest {

    private static List<CsvRecord> split(String text) {
        List<CsvRecord> records = new ArrayList<>();
        new CsvRecordReader(new StringReader(text)).forEachRemaining(records::add);
        return records;
    }

    @Test
    void splitsFieldsAndRecordsOnLfAndCrlf() {
        List<CsvRecord> records = split("a;b;c\r\n1;;3\n4;5;6");
        assertEquals(3, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("1", "", "3"), records.get(1).fields());
        assertEquals("1;;3", records.get(1).text());
        assertEquals(List.of("4", "5", "6"), records.get(2).fields(), "last record without a line end");
        assertEquals(List.of(1L, 2L, 3L), records.stream().map(CsvRecord::lineNumber).toList());
    }

    @Test
    void quotedFieldsHoldSeparatorsLineEndsAndEscapedQuotes() {
        List<CsvRecord> records = split("h1;h2\r\n\"x;y\";\"line one\r\nline \"\"two\"\"\"\r\nnext;\"\"\r\n");
        assertEquals(3, records.size());
        CsvRecord quoted = records.get(1);
        assertEquals(List.of("x;y", "line one\r\nline \"two\""), quoted.fields());
        assertEquals("\"x;y\";\"line one\r\nline \"\"two\"\"\"", quoted.text(), "raw text as delivered");
        assertTrue(quoted.wellFormed());
        assertEquals(2, quoted.lineNumber());
        assertEquals(4, records.get(2).lineNumber(), "the record after a two-line record starts on line 4");
        assertEquals(List.of("next", ""), records.get(2).fields());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsLiteralButTextAfterAClosingQuoteIsMalformed() {
        List<CsvRecord> records = split("ab\"c;d\n\"ab\"c;d\n");
        assertEquals(List.of("ab\"c", "d"), records.get(0).fields());
        assertTrue(records.get(0).wellFormed());
        assertFalse(records.get(1).wellFormed());
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsLineAndSplittingResumesOnTheNext() {
        List<CsvRecord> records = split("h1;h2\n1;\"open\r\n2;3\n4;5\n");
        assertEquals(4, records.size());
        CsvRecord broken = records.get(1);
        assertFalse(broken.wellFormed());
        assertEquals("1;\"open", broken.text(), "only its first physical line, without the line end");
        assertEquals(2, broken.lineNumber());
        assertEquals(List.of("2", "3"), records.get(2).fields());
        assertEquals(3, records.get(2).lineNumber());
        assertEquals(List.of("4", "5"), records.get(3).fields());
        assertEquals(4, records.get(3).lineNumber());
    }

    @Test
    void aStrayQuoteClosedByALaterOneMakesOneMalformedRecordOverThoseLines() {
        List<CsvRecord> records = split("1;\"open\n2;3\n4;\"5\"\n6;7\n");
        assertEquals(2, records.size());
        assertFalse(records.get(0).wellFormed(), "text after the closing quote");
        assertEquals("1;\"open\n2;3\n4;\"5\"", records.get(0).text());
        assertEquals(4, records.get(1).lineNumber());
    }

    @Test
    void blankLinesAreBlankRecordsWithTheirOwnLineNumber() {
        List<CsvRecord> records = split("a\n\nb\r\n\r\n");
        assertEquals(List.of(false, true, false, true), records.stream().map(CsvRecord::isBlank).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), records.stream().map(CsvRecord::lineNumber).toList());
        assertEquals(0, split("").size());
    }
}
