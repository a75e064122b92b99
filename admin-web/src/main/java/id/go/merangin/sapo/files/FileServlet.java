package id.go.merangin.sapo.files;

import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /files/{id}}: a stored photo or letter, when {@link FileAccess} lets the caller open it; 403 for another
 * OPD's file (never its bytes), 404 for one that does not exist or is past its retention. Browsers keep it privately
 * and ask again with its fingerprint.
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FileAccess files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(
                    request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileAccess.Content content;
        try {
            content = files.open(id);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + content.sha256() + "\"";
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(content.contentType());
        if (content.isLetter()) {
            // an uploaded document runs nothing on SAPO's origin: the browser saves it (or opens it in its viewer)
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"surat-" + id
                            + (content.contentType().equals("application/pdf") ? ".pdf" : ".jpg") + "\"");
        }
        response.setContentLength(content.bytes().length);
        response.getOutputStream().write(content.bytes());
    }
}
