package id.go.merangin.sapo.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The regency that runs SAPO, as its printed forms name it: "Pemerintah Kabupaten Merangin" over every export, and
 * the place where its forms are signed. From configuration ({@code SAPO_REGENCY_NAME},
 * {@code SAPO_REGENCY_SIGNING_PLACE}); Merangin's when unset.
 */
@ApplicationScoped
public class Regency {

    @Inject
    @ConfigProperty(name = "sapo.regency.name", defaultValue = "Kabupaten Merangin")
    String name;

    @Inject
    @ConfigProperty(name = "sapo.regency.signing-place", defaultValue = "Bangko")
    String signingPlace;

    /** "Kabupaten Merangin". */
    public String name() {
        return name;
    }

    /** Where the regency's officers sign: "Bangko". */
    public String signingPlace() {
        return signingPlace;
    }
}
