/**
 * System tests of the mobile API over real HTTP, as a phone calls it: bad input always gets a 4xx problem and stores
 * nothing, and the served OpenAPI document names every call and error code. Holds the phone-like client and the
 * fixture every API test builds on.
 */
package id.go.merangin.sapo.api;
