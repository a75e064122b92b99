package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One ASN: the master record, the registration photo, the account and phone, and what the admin OPD does to them
 * (verify, lock, unlock, reset the phone, decide a rebind). Each action reloads the record from the service.
 */
@Named
@ViewScoped
public class AsnDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EmployeeDirectory directory;

    @Inject
    transient AccountAdministration administration;

    private long id;
    private AsnDetail asn;

    /** Loads the ASN named in the URL; another OPD's ASN answers 403, a missing one 404. */
    public void load() {
        asn = directory.detail(id);
    }

    public void verify() {
        administration.activate(asn.row().accountId());
        done("asn.done.verified");
    }

    public void lock() {
        administration.lock(asn.row().accountId());
        done("asn.done.locked");
    }

    public void unlock() {
        administration.unlock(asn.row().accountId());
        done("asn.done.unlocked");
    }

    public void resetDevice() {
        administration.resetDevice(asn.row().accountId());
        done("asn.done.deviceReset");
    }

    public void approveRebind() {
        administration.approveRebind(asn.rebind().id());
        done("asn.done.rebindApproved");
    }

    public void rejectRebind() {
        administration.rejectRebind(asn.rebind().id());
        done("asn.done.rebindRejected");
    }

    private void done(String key) {
        load();
        Messages.info(key);
    }

    public AsnDetail getAsn() {
        return asn;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
