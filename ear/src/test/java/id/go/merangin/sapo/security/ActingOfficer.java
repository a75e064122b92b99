package id.go.merangin.sapo.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs a piece of test code as one of the demo officers, the way the admin screens call the services: the
 * subclasses are EJBs with {@code @RunAs} and {@code @RunAsPrincipal}, so every service the code calls sees that
 * officer as its caller. No transaction is started here: each service call has its own, as from a screen. SAPO's
 * refusals come through as they are (the test module declares them application exceptions too).
 */
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class ActingOfficer {

    public <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable work) {
        work.run();
    }
}
