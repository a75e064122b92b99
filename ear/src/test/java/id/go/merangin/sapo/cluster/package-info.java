/** The system test of SAPO on a cluster: two nodes behind HAProxy (bin/lib/check-cluster.sh runs it). */
package id.go.merangin.sapo.cluster;
