package id.go.merangin.sapo.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The admin screens log officers in with a form of their own ({@code login.xhtml}, see {@link LoginView}), checked
 * by {@link AccountIdentityStore}. Pages are protected in {@code web.xml}; the services check roles and OPD scope
 * again, so a hidden menu entry is never the only protection.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN_OPD", "PIMPINAN", "BKPSDMD"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class AdminSecurity {}
