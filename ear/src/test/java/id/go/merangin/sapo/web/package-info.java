/**
 * System tests of the admin screens and the ASN's web app in a real headless Chromium: every screen, its reach, its
 * exports and its flows, with the phone's camera and position emulated. The database is read directly only for ids
 * and bulk fixtures, never to check what a screen should show.
 */
package id.go.merangin.sapo.web;
