package id.go.merangin.sapo.security;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Test code run as the demo login {@code pimpinan.diskominfo}: the head of DISKOMINFO, read-only. */
@Stateless
@RunAs("PIMPINAN")
@RunAsPrincipal("pimpinan.diskominfo")
public class AsDiskominfoPimpinan extends ActingOfficer {}
