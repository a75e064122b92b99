package id.go.merangin.sapo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The version of SAPO shown in the admin screens' footer, so an officer can tell IT staff what they run. */
@Named
@ApplicationScoped
public class VersionView {

    public String getVersion() {
        return ApplicationVersion.current();
    }
}
