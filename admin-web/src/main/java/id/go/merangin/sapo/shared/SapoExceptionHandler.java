package id.go.merangin.sapo.shared;

import id.go.merangin.sapo.platform.DatabaseOutage;
import id.go.merangin.sapo.platform.OutageLog;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.csp.CspException;

/**
 * The one place where SAPO's refusals become what an officer sees. A refusal while acting on a screen (a bad input,
 * a decided request, another OPD's record) becomes an error message in the officer's language, from the bundle key
 * {@code error.<CODE>} (CODE a {@link ProblemCode}), and nothing changes. Opening another OPD's record by its URL
 * answers 403 (the "Akses ditolak" page), a missing one (a code whose status is 404) 404: never the data. A form
 * whose view the server no longer keeps (the session ended, or a forged form) shows the page afresh; a form posted without its page's CSP nonce (a script's) answers
 * 400. A database out of reach ({@link DatabaseOutage}) answers 503 with the "Sementara tidak tersedia" page, which
 * tries again by itself, logged once in a while ({@link OutageLog}), never as a stack trace per request. Anything
 * else goes on to the default handling (the plain error page).
 */
public class SapoExceptionHandler extends ExceptionHandlerWrapper {

    /** When the officer's browser may try again after a database outage; the page itself reloads every 30 s. */
    static final int RETRY_AFTER_S = 30;

    public SapoExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            if (causeOf(thrown, CspException.class) != null) {
                // a form sent without the nonce of the page it came from: a script's, never SAPO's own page
                events.remove();
                refuse(faces, 400);
                continue;
            }
            if (DatabaseOutage.causedBy(thrown)) {
                events.remove();
                OutageLog.note("the admin screens", thrown);
                unavailable(faces);
                continue;
            }
            ViewExpiredException expired = causeOf(thrown, ViewExpiredException.class);
            if (expired != null) {
                events.remove();
                showAfresh(faces, expired);
                continue;
            }
            SapoException refusal = causeOf(thrown, SapoException.class);
            if (refusal == null) {
                continue;
            }
            events.remove();
            if (faces.isPostback()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message(faces, refusal), null));
                faces.validationFailed();
                faces.renderResponse();
            } else {
                refuse(faces, refusal.code().status() == 404 ? 404 : 403);
            }
        }
        getWrapped().handle();
    }

    /** Answers {@code status} with its error page (web.xml) and nothing else. */
    private static void refuse(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * The database is out of reach: a page answers 503 with {@code Retry-After} and the page that tries again by
     * itself; an Ajax request (whose answer PrimeFaces would not show) is sent to that page.
     */
    private static void unavailable(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + "/unavailable.html");
            } else {
                external.setResponseHeader("Retry-After", Integer.toString(RETRY_AFTER_S));
                external.responseSendError(503, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The first {@code type} in the chain of causes of {@code thrown}, or null. */
    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /**
     * The officer's message for a refusal, in their language: the screens' own {@code error.<CODE>} where an officer
     * needs other words than the ASN, otherwise the catalogue's ({@link ProblemMessages}).
     */
    public static String message(FacesContext faces, SapoException refusal) {
        ResourceBundle messages = Messages.bundle(faces);
        String key = "error." + refusal.code().name();
        if (messages.containsKey(key)) {
            return messages.getString(key);
        }
        Locale locale = faces.getViewRoot() == null
                ? faces.getExternalContext().getRequestLocale()
                : faces.getViewRoot().getLocale();
        return ProblemMessages.message(refusal.code(), refusal.details(), locale);
    }

    /**
     * A form of a view the server no longer keeps (the session ended, or the form was not SAPO's): the page is shown
     * afresh (after a login, if the session has ended), and nothing of the form is done. Not an error of SAPO's.
     */
    private static void showAfresh(FacesContext faces, ViewExpiredException expired) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + expired.getViewId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Puts the handler in front of the default one (registered in faces-config.xml). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new SapoExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
