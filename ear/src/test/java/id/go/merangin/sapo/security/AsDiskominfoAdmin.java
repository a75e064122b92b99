package id.go.merangin.sapo.security;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the demo login {@code admin.diskominfo}: the admin OPD of DISKOMINFO and its sub-units. */
@Stateless
@RunAs("ADMIN_OPD")
@RunAsPrincipal("admin.diskominfo")
public class AsDiskominfoAdmin extends ActingOfficer {}
