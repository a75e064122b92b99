package id.go.merangin.sapo.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Says at start-up which SAPO runs and what time it believes it is; creating the clock here also makes its warning
 * about {@code SAPO_CLOCK_START} appear at start-up rather than at the first check-in.
 */
@Startup
@Singleton
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    @Inject
    Clock clock;

    @PostConstruct
    void report() {
        LOG.infof("SAPO %s started; clock reads %s", ApplicationVersion.current(), clock.instant());
    }
}
