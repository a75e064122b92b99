/**
 * OPDs and their office locations as the services keep them: creating and changing them (audited, within the
 * officer's reach), storing locations as PostGIS geography for the maps, and the regency's name for printed forms.
 * Whether a position lies inside a location is decided only in Java by the domain's geofence rule, never in SQL.
 */
package id.go.merangin.sapo.organization;
