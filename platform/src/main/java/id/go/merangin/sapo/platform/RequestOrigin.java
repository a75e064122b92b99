package id.go.merangin.sapo.platform;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * Where the current request came from (the client's address), for the audit log's "from where". The web modules
 * note it when a request starts; a local EJB call runs in the same request, so the services read it here. Timers and
 * start-up work have no origin.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LENGTH = 64;

    private String address;

    public void noteAddress(String clientAddress) {
        this.address = clientAddress == null || clientAddress.length() > MAX_LENGTH ? null : clientAddress;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }
}
