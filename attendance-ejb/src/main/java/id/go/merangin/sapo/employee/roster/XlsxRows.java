package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of an XLSX workbook's first worksheet, read as a stream: each row goes to the consumer as soon as it is
 * parsed, so the consumer's row limit stops the reading at the row that is one too many, and a workbook is never
 * held in memory as a whole. Before that, the zip's entries are checked against {@link #MAX_ENTRY_BYTES}, and POI's
 * zip-bomb guard ({@code ZipSecureFile}'s inflation ratio) watches the bytes as they are inflated. Formula cells
 * count with the value Excel saved for them; nothing is recalculated.
 */
final class XlsxRows {

    /** The most any part of the workbook may hold unpacked: a 10,000-row master list needs a few megabytes. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private XlsxRows() {}

    static void read(byte[] content, Consumer<SourceRow> rows) {
        checkEntries(content);
        OPCPackage zip = open(content);
        try {
            XSSFReader reader = new XSSFReader(zip);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(zip, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, styles, rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (SAXException e) {
            if (e.getCause() instanceof RuntimeException stop) {
                throw stop;
            }
            throw unreadable(e);
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            zip.revert();
        }
    }

    private static OPCPackage open(byte[] content) {
        try {
            return OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /** Refuses a workbook whose zip says a part unpacks to more than {@link #MAX_ENTRY_BYTES}, or lies about it. */
    private static void checkEntries(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                long unpacked = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_ENTRY_BYTES) {
                        throw new InvalidInputException(
                                ProblemCode.UNREADABLE_FILE,
                                "part " + entry.getName() + " unpacks to more than " + MAX_ENTRY_BYTES + " bytes",
                                Map.of());
                    }
                }
            }
        } catch (InvalidInputException tooBig) {
            throw tooBig;
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static InvalidInputException unreadable(Exception cause) {
        InvalidInputException unreadable = new InvalidInputException(
                ProblemCode.UNREADABLE_FILE,
                "the file is not a readable XLSX workbook: " + cause.getMessage(),
                Map.of());
        unreadable.initCause(cause);
        return unreadable;
    }

    /** Turns the worksheet's XML ({@code <row r><c r t s><v>…</v><is><t>…</t></is></c></row>}) into rows. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<SourceRow> rows;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

        private int line;
        private List<RosterCell> cells;
        private int column;
        private String type;
        private String style;
        private StringBuilder value;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Consumer<SourceRow> rows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String number = attributes.getValue("r");
                    line = number == null ? line + 1 : Integer.parseInt(number);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? cells.size() : new CellReference(reference).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value = new StringBuilder();
                }
                case "v", "t" -> inValue = value != null;
                default -> {
                    // other elements (formulas, rich text runs' properties) carry nothing the roster reads
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add(RosterCell.BLANK);
                    }
                    cells.set(column, cell(value.toString()));
                    value = null;
                }
                case "row" -> {
                    List<RosterCell> row = List.copyOf(cells);
                    int number = line;
                    try {
                        rows.accept(new XlsxRow(number, row));
                    } catch (RuntimeException stop) {
                        // the consumer refuses (too many rows): stop reading here
                        throw new SAXException(stop);
                    }
                }
                default -> {
                    // nothing to do
                }
            }
        }

        private RosterCell cell(String raw) {
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? RosterCell.BLANK : number(raw);
            }
            return switch (type) {
                case "s" ->
                    new RosterCell.Text(
                            strings.getItemAt(Integer.parseInt(raw.strip())).getString());
                case "b" -> new RosterCell.Text("1".equals(raw) ? "TRUE" : "FALSE");
                default -> new RosterCell.Text(raw); // inlineStr, str (a formula's text), e (an error's text)
            };
        }

        private RosterCell number(String raw) {
            double number = Double.parseDouble(raw);
            XSSFCellStyle cellStyle =
                    style == null || styles == null ? null : styles.getStyleAt(Integer.parseInt(style));
            short formatIndex = cellStyle == null ? 0 : cellStyle.getDataFormat();
            String format = cellStyle == null ? "General" : cellStyle.getDataFormatString();
            String shown = formatter.formatRawCellContents(number, formatIndex, format == null ? "General" : format);
            if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(number)) {
                LocalDate date = DateUtil.getLocalDateTime(number).toLocalDate();
                return new RosterCell.Date(date, shown);
            }
            // the stored text, not a double: an 18-digit NIP does not survive a double
            return new RosterCell.Number(raw, shown);
        }
    }

    private record XlsxRow(int line, List<RosterCell> cells) implements SourceRow {

        @Override
        public int width() {
            return cells.size();
        }

        @Override
        public RosterCell cell(int column) {
            return column < cells.size() ? cells.get(column) : RosterCell.BLANK;
        }
    }
}
