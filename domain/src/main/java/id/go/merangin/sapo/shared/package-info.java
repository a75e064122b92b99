/**
 * What every business area shares: the problem catalogue ({@link id.go.merangin.sapo.shared.ProblemCode}) and the
 * exceptions that carry its codes, the checks of
 * what people and phones send (typed text, search text, text bound for a spreadsheet, the Idempotency-Key, a camera
 * JPEG checked without decoding it), and the signal that days changed so that what was worked out from them is
 * worked out again.
 */
package id.go.merangin.sapo.shared;
