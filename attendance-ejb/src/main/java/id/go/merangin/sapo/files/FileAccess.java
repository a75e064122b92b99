package id.go.merangin.sapo.files;

import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Hands a stored file (a selfie, a registration photo, a leave letter) to the admin screens, only when the caller
 * may open it: photos for the ASN's admin OPD and BKPSDMD, letters for whoever decides the request. A file past its
 * retention answers like one that never existed.
 */
@Stateless
public class FileAccess {

    /** A file as it is served: its bytes, type, fingerprint (for the browser's cache check) and what it is for. */
    public record Content(byte[] bytes, String contentType, String sha256, FilePurpose purpose) {

        /** A letter that came with a leave request: downloaded, never opened on SAPO's own pages. */
        public boolean isLetter() {
            return purpose == FilePurpose.LEAVE_ATTACHMENT;
        }
    }

    @Inject
    StoredFileRepository files;

    @Inject
    OfficerScope scope;

    public Content open(long fileId) {
        StoredFile file =
                files.find(fileId).orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no file " + fileId));
        scope.current().requireOpen(file.purpose(), file.owner().opd());
        byte[] bytes = file.content()
                .orElseThrow(() ->
                        new NotFoundException(ProblemCode.NOT_FOUND, "file " + fileId + " is past its retention"));
        return new Content(bytes, file.contentType(), file.sha256(), file.purpose());
    }
}
