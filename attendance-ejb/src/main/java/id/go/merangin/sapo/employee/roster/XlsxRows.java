package id.go.merangin.sapo.employee.roster;

import id.go.merangin.sapo.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an XLSX workbook's first worksheet. POI's zip-bomb guards ({@code ZipSecureFile}'s inflation ratio
 * and entry size limits) stay at their defaults: a workbook that trips them is unreadable like any broken one.
 * Formula cells count with the value Excel saved for them; nothing is recalculated.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(byte[] content, Consumer<SourceRow> rows) {
        OPCPackage zip = open(content);
        try {
            XSSFWorkbook workbook = workbook(zip);
            if (workbook.getNumberOfSheets() == 0) {
                return;
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            for (Row row : sheet) {
                rows.accept(new XlsxRow(row, formatter));
            }
        } finally {
            zip.revert();
        }
    }

    private static OPCPackage open(byte[] content) {
        try {
            return OPCPackage.open(new ByteArrayInputStream(content));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static XSSFWorkbook workbook(OPCPackage zip) {
        try {
            return new XSSFWorkbook(zip);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static InvalidInputException unreadable(Exception cause) {
        InvalidInputException unreadable = new InvalidInputException(RosterSheetReader.UNREADABLE_FILE,
                "the file is not a readable XLSX workbook: " + cause.getMessage(), Map.of());
        unreadable.initCause(cause);
        return unreadable;
    }

    private record XlsxRow(Row row, DataFormatter formatter) implements SourceRow {

        @Override
        public int line() {
            return row.getRowNum() + 1;
        }

        @Override
        public int width() {
            return Math.max(row.getLastCellNum(), 0);
        }

        @Override
        public RosterCell cell(int column) {
            Cell cell = row.getCell(column, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
            if (cell == null) {
                return RosterCell.BLANK;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            String shown = formatter.formatCellValue(cell);
            if (type != CellType.NUMERIC) {
                return new RosterCell.Text(shown);
            }
            if (DateUtil.isCellDateFormatted(cell)) {
                return new RosterCell.Date(cell.getLocalDateTimeCellValue().toLocalDate(), shown);
            }
            // The stored text, not the double POI makes of it: an 18-digit NIP does not survive a double.
            String stored = cell instanceof XSSFCell xssf && xssf.getRawValue() != null ? xssf.getRawValue()
                    : Double.toString(cell.getNumericCellValue());
            return new RosterCell.Number(stored, shown);
        }
    }
}
