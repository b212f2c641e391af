/**
 * Ballots and the decisions register: opening a ballot, casting and replacing votes with receipts, closing
 * (tally, outcome, motion status, decision, minutes), the published receipts, the roll call of named ballots,
 * the secretariat's recount, and the public register.
 */
package org.icsse.governance.application.ballot;
