/** System tests of the demo data: the history the run command loads is there and consistent. */
package id.go.merangin.sapo.demo;
