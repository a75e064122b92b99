package id.go.merangin.sapo.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The anti-CSRF token of the admin screens, on top of what already refuses a forged form (Faces' view state, kept
 * on the server and random per view, and the SameSite=Lax session cookie): one random token per session, written
 * into every form as the hidden field {@value #FIELD} (by {@link Fields}, before each view is rendered) and
 * checked on every form post by {@link CsrfFilter}.
 */
public final class CsrfToken {

    /** The name of the form field that carries the token. */
    public static final String FIELD = "_csrf";

    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {}

    /** The session's token, made when first asked for. */
    static String of(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** Whether {@code sent} is the token of {@code session} (compared in constant time); false without either. */
    static boolean matches(HttpSession session, String sent) {
        String token = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        return token != null
                && sent != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    /** Puts the token field into every form of a view before it is rendered (registered in faces-config.xml). */
    public static class Fields implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            addTo((UIComponent) event.getSource());
        }

        private static void addTo(UIComponent component) {
            if (component instanceof UIForm form) {
                if (form.getChildren().stream().noneMatch(Field.class::isInstance)) {
                    Field field = new Field();
                    field.setTransient(true);
                    form.getChildren().add(field);
                }
                return;
            }
            for (UIComponent child : component.getChildren()) {
                addTo(child);
            }
            component.getFacets().values().forEach(Fields::addTo);
        }
    }

    /** The hidden field itself: never part of the view's state, written fresh with each form. */
    public static class Field extends UIComponentBase {

        @Override
        public String getFamily() {
            return "id.go.merangin.sapo.Csrf";
        }

        @Override
        public void encodeEnd(FacesContext context) throws IOException {
            HttpSession session = (HttpSession) context.getExternalContext().getSession(true);
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", FIELD, null);
            writer.writeAttribute("value", of(session), null);
            writer.endElement("input");
        }
    }
}
