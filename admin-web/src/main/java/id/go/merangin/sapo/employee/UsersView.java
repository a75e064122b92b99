package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.security.SessionView;
import id.go.merangin.sapo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Officers' accounts (page {@code users.xhtml}, Pengguna): BKPSDMD manages every officer, an admin OPD those of its
 * own OPD and sub-units. Creating an officer or resetting a password shows the password made for them once, to hand
 * over; the officer changes it at the first login. What the caller may do is the services' decision; the page only
 * offers what they allow (each row says whether the caller manages it).
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfficerAccounts officers;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient SessionView session;

    private List<OfficerRow> rows;
    private List<OpdRow> opds;
    private Long editing;
    private String username;
    private String displayName;
    private String email;
    private Role role = Role.ADMIN_OPD;
    private String opdCode;
    private boolean secondFactorRequired;
    private String handedUsername;
    private String handedPassword;

    @PostConstruct
    void init() {
        opds = organization.opdsInReach();
        rows = officers.list();
    }

    /** Opens the form for a new officer. */
    public void startCreate() {
        editing = null;
        username = null;
        displayName = null;
        email = null;
        role = Role.ADMIN_OPD;
        opdCode = opds.isEmpty() ? null : opds.get(0).code();
        secondFactorRequired = false;
    }

    /** Opens the form with an officer's account. */
    public void startEdit(OfficerRow row) {
        editing = row.id();
        username = row.username();
        displayName = row.displayName();
        email = row.email();
        role = row.role();
        opdCode = row.opdCode();
        secondFactorRequired = row.secondFactorRequired();
    }

    public void save() {
        if (editing == null) {
            OfficerAccounts.Created created =
                    officers.create(username, displayName, email, role, opdCode, secondFactorRequired);
            hand(created.username(), created.password());
            Messages.info("users.done.created");
        } else {
            officers.update(editing, displayName, email, role, opdCode, secondFactorRequired);
            Messages.info("users.done.updated");
        }
        rows = officers.list();
    }

    public void lock(OfficerRow row) {
        officers.lock(row.id());
        rows = officers.list();
        Messages.info("users.done.locked");
    }

    public void unlock(OfficerRow row) {
        officers.unlock(row.id());
        rows = officers.list();
        Messages.info("users.done.unlocked");
    }

    public void resetPassword(OfficerRow row) {
        hand(row.username(), officers.resetPassword(row.id()));
        rows = officers.list();
        Messages.info("users.done.passwordReset");
    }

    public void resetSecondFactor(OfficerRow row) {
        officers.resetSecondFactor(row.id());
        rows = officers.list();
        Messages.info("users.done.secondFactorReset");
    }

    private void hand(String user, String password) {
        handedUsername = user;
        handedPassword = password;
    }

    /** The roles the caller may give: BKPSDMD any officer's role, an admin OPD admin OPD and pimpinan. */
    public List<Role> getRoles() {
        return session.isBkpsdmd()
                ? List.of(Role.ADMIN_OPD, Role.PIMPINAN, Role.BKPSDMD)
                : List.of(Role.ADMIN_OPD, Role.PIMPINAN);
    }

    public List<OfficerRow> getRows() {
        return rows;
    }

    public List<OpdRow> getOpds() {
        return opds;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getHandedUsername() {
        return handedUsername;
    }

    public String getHandedPassword() {
        return handedPassword;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public void setOpdCode(String opdCode) {
        this.opdCode = opdCode;
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean secondFactorRequired) {
        this.secondFactorRequired = secondFactorRequired;
    }
}
