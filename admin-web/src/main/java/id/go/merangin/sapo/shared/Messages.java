package id.go.merangin.sapo.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Messages shown on the screens, from the {@code msg} bundle in the officer's language. */
public final class Messages {

    private Messages() {}

    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return bundle(faces).getString(key);
    }

    /** Tells the officer that what they did was done. */
    public static void info(String key) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** Tells the officer what was wrong with what they asked, and that nothing changed. */
    public static void error(String key) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    /** The {@code msg} bundle in the officer's language, for what a screen writes out (an export). */
    public static ResourceBundle bundle() {
        return bundle(FacesContext.getCurrentInstance());
    }

    static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
