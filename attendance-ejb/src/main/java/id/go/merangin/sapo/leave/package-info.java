/** Leave requests: submitting, reading and deciding them. */
package id.go.merangin.sapo.leave;
