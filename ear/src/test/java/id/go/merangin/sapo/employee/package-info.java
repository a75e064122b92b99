/**
 * System tests of accounts and master data: registration and login from the phone, password recovery and hashing,
 * NIP validation, employment dates and transfers, officers' accounts, and the first-officer command run as its own
 * process against a scratch database.
 */
package id.go.merangin.sapo.employee;
