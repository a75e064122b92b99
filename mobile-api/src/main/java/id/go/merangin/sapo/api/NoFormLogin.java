package id.go.merangin.sapo.api;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Takes Jakarta Security's authentication module off the API. Soteria sees the admin screens' form login anywhere in
 * the EAR and installs its module on every web module, so each phone request went through it (and through a failed
 * JNDI lookup, an exception, twice) only to be let through. The API proves the caller by its bearer token in
 * {@link BearerTokenFilter}; Soteria's installer runs before the listeners, so removing the module here sticks.
 */
@WebListener
public class NoFormLogin implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        if (factory != null) {
            factory.removeServerAuthModule(event.getServletContext());
        }
    }
}
