package id.go.merangin.sapo.employee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The officers' roles that always log in with a second factor: {@code sapo.second-factor.roles}, a comma-separated
 * list of ADMIN_OPD, PIMPINAN, BKPSDMD, or NONE; BKPSDMD by default. Any other officer does when BKPSDMD requires it
 * of them or they enrolled by choice.
 */
@ApplicationScoped
public class SecondFactorRoles {

    @Inject
    @ConfigProperty(name = "sapo.second-factor.roles", defaultValue = "BKPSDMD")
    String configured;

    public Set<Role> roles() {
        return parse(configured);
    }

    static Set<Role> parse(String value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : value.split(",")) {
            String role = name.strip().toUpperCase(Locale.ROOT);
            if (!role.isEmpty() && !role.equals("NONE")) {
                Role parsed = Role.valueOf(role);
                if (parsed == Role.ASN) {
                    throw new IllegalArgumentException("sapo.second-factor.roles names officers' roles only");
                }
                roles.add(parsed);
            }
        }
        return roles;
    }
}
