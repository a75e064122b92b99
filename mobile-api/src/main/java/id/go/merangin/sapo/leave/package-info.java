/** The phone app's leave calls: submit a request for izin, sakit, cuti, dinas luar and the like, and read them back. */
package id.go.merangin.sapo.leave;
