/** What every business area shares: the exception hierarchy with stable codes. */
package id.go.merangin.sapo.shared;
