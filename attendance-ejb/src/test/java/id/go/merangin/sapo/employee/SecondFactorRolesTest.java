package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SecondFactorRolesTest {

    @Test
    void readsTheRolesThatAlwaysLogInWithASecondFactor() {
        assertThat(SecondFactorRoles.parse("BKPSDMD")).isEqualTo(EnumSet.of(Role.BKPSDMD));
        assertThat(SecondFactorRoles.parse(" bkpsdmd , ADMIN_OPD "))
                .isEqualTo(EnumSet.of(Role.BKPSDMD, Role.ADMIN_OPD));
        assertThat(SecondFactorRoles.parse("NONE")).isEmpty();
        assertThat(SecondFactorRoles.parse("")).isEmpty();
    }

    @Test
    void refusesARoleThatIsNoOfficers() {
        assertThatThrownBy(() -> SecondFactorRoles.parse("ASN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecondFactorRoles.parse("KEPALA")).isInstanceOf(IllegalArgumentException.class);
    }
}
