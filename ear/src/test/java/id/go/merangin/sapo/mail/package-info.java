/**
 * System tests of mail: a real SMTP server in the test JVM receives what SAPO sends, and the tests read it from the
 * mailbox as its owner would.
 */
package id.go.merangin.sapo.mail;
