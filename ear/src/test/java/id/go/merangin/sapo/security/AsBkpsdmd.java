package id.go.merangin.sapo.security;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the demo login {@code bkpsdmd}: BKPSDMD, every OPD. */
@Stateless
@RunAs("BKPSDMD")
@RunAsPrincipal("bkpsdmd")
public class AsBkpsdmd extends ActingOfficer {}
