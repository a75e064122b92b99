/**
 * Benchmarks that run on the test cluster but are not part of the test suite: working out a whole regency's month
 * against a one-ASN-at-a-time baseline measured in the same run.
 */
package id.go.merangin.sapo.bench;
