package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.ExportFile;
import id.go.merangin.sapo.shared.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * A month's recap sent to the officer's browser as a file: BKPSDMD's form as XLSX or PDF, or the TPP payroll's CSV.
 * One OPD's recap ({@code rekap-DISKOMINFO-2026-01.xlsx}) or the whole report of the OPDs in reach
 * ({@code rekap-2026-01.xlsx}); the labels in the officer's language.
 */
final class RecapDownload {

    /** The forms an officer can download. */
    enum Form {
        XLSX,
        PDF,
        TPP_CSV
    }

    private RecapDownload() {}

    static void send(RecapReport report, Form form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale locale = Faces.getLocale();
        switch (form) {
            case XLSX -> new RecapWorkbook(Messages.bundle(), locale).write(report, out);
            case PDF -> new RecapPdf(Messages.bundle(), locale).write(report, out);
            case TPP_CSV -> new TppCsv().write(report, out);
        }
        String opdCode =
                report.scope() == null ? null : report.sections().get(0).opdCode();
        String kind = form == Form.TPP_CSV ? "tpp" : "rekap";
        String extension = form == Form.TPP_CSV ? "csv" : form.name().toLowerCase(Locale.ROOT);
        Faces.sendFile(out.toByteArray(), ExportFile.name(kind, opdCode, report.month(), extension), true);
    }
}
