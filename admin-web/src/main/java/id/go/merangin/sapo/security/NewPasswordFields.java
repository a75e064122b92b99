package id.go.merangin.sapo.security;

import id.go.merangin.sapo.shared.Messages;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;

/** A new password typed twice on a form (Akun saya, a forgotten password); the services check its rules. */
public class NewPasswordFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;
    private String repeat;

    /** Whether both fields hold the same password; if not, the form says so and the action stops. */
    boolean confirmed() {
        if (value != null && value.equals(repeat)) {
            return true;
        }
        Messages.error("account.password.mismatch");
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    char[] chars() {
        return value.toCharArray();
    }

    void clear() {
        value = null;
        repeat = null;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
