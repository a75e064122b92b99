package id.go.merangin.sapo.security;

import id.go.merangin.sapo.employee.Language;
import id.go.merangin.sapo.employee.OfficerPreferences;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the screens: the one the officer chose (kept with their account, so it follows them to any
 * browser), else the one chosen on this browser's login page (a cookie), else Indonesian. The switch is in the
 * menu and on the login page.
 */
@Named
@SessionScoped
public class OfficerLanguage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "sapo_lang";

    @Inject
    OfficerPreferences preferences;

    @Inject
    SecurityContext security;

    private Language chosen;
    private String loadedFor;

    public Locale getLocale() {
        return language().locale();
    }

    public String getTag() {
        return language().tag();
    }

    private Language language() {
        String caller = callerName();
        if (caller != null && !caller.equals(loadedFor)) {
            chosen = preferences.language();
            loadedFor = caller;
        }
        if (chosen == null) {
            Object cookie = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestCookieMap()
                    .get(COOKIE);
            chosen = cookie instanceof jakarta.servlet.http.Cookie c
                    ? Language.ofTag(c.getValue()).orElse(null)
                    : null;
        }
        return chosen == null ? Language.ID : chosen;
    }

    /** Switches to the language of {@code tag} ({@code id} or {@code en}) and shows the same page again. */
    public String choose(String tag) {
        Language language = Language.ofTag(tag).orElse(Language.ID);
        chosen = language;
        if (callerName() != null) {
            preferences.speak(language);
            loadedFor = callerName();
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(
                COOKIE,
                language.tag(),
                Map.of(
                        "maxAge",
                        365 * 24 * 3600,
                        "path",
                        external.getRequestContextPath() + "/",
                        "httpOnly",
                        Boolean.TRUE));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    /** The logged-in officer's name; null on the login page (where the server's caller is "anonymous"). */
    private String callerName() {
        boolean officer = security.isCallerInRole("ADMIN_OPD")
                || security.isCallerInRole("PIMPINAN")
                || security.isCallerInRole("BKPSDMD");
        return officer && security.getCallerPrincipal() != null
                ? security.getCallerPrincipal().getName()
                : null;
    }
}
