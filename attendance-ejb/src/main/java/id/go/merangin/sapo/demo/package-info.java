/** The demo data of Merangin that the run command loads, never production. */
package id.go.merangin.sapo.demo;
