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

    /** The ?v= of SAPO's own scripts and styles (web.xml): new with every build, so a year's cache is safe. */
    public String getResourceVersion() {
        return ApplicationVersion.build();
    }
}
