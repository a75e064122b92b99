package id.go.merangin.sapo.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/** Who is logged in (for the header and the role menu) and logging out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    SecurityContext security;

    public String getUsername() {
        return Optional.ofNullable(security.getCallerPrincipal())
                .map(Principal::getName)
                .orElse("");
    }

    public boolean isBkpsdmd() {
        return security.isCallerInRole("BKPSDMD");
    }

    public boolean isAdminOpd() {
        return security.isCallerInRole("ADMIN_OPD");
    }

    public boolean isPimpinan() {
        return security.isCallerInRole("PIMPINAN");
    }

    public String getRole() {
        return isBkpsdmd() ? "BKPSDMD" : isAdminOpd() ? "ADMIN_OPD" : isPimpinan() ? "PIMPINAN" : "";
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?logout=true");
    }
}
