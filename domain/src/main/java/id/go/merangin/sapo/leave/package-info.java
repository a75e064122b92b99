/** Excused absence: izin, sakit, the cuti types, dinas luar and the like, requested by an ASN and decided by an admin. */
package id.go.merangin.sapo.leave;
