package id.go.merangin.sapo.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the phone app's API, under the WAR's context root {@code /api}. */
@ApplicationPath("/v1")
public class MobileApiV1 extends Application {
}
