/** The leave requests screen: deciding the requests of the ASN in reach. */
package id.go.merangin.sapo.leave;
