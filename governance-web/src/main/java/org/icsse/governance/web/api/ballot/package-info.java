/** Ballots and the decisions register over HTTP: opening, casting, closing, results, receipts, roll calls and recounts. */
package org.icsse.governance.web.api.ballot;
