package nl.opvangmonitor.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting with either separator. */
class CsvLineTest {
    @Test
    void aFieldIsQuotedOnlyWhenItHoldsTheSeparatorAQuoteOrALineBreak() {
        assertEquals("a;b,c;\"d;e\"", CsvLine.of(List.of("a", "b,c", "d;e"), ';'));
        assertEquals("a,\"b,c\",d;e", CsvLine.of(List.of("a", "b,c", "d;e"), ','));
        assertEquals("\"say \"\"x\"\"\";\"two\nlines\";\"cr\r\"", CsvLine.of(List.of("say \"x\"", "two\nlines", "cr\r"), ';'));
    }

    @Test
    void emptyFieldsKeepTheirPlace() {
        assertEquals(";;x", CsvLine.of(List.of("", "", "x"), ';'));
        assertEquals("", CsvLine.of(List.of(), ';'));
    }
}
