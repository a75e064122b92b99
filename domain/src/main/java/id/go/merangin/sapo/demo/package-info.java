/** The demo regency's history: its rows, and the store they are written to ({@link DemoHistoryStore}). */
package id.go.merangin.sapo.demo;
