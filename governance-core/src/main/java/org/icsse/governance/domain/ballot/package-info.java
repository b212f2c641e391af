/** Ballots as values and rules: the choices, the tally, the outcome a body's voting rules give, and the voter's receipt. */
package org.icsse.governance.domain.ballot;
