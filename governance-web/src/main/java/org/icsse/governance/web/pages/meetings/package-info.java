/** The beans of the meetings pages: the meetings of a body, a meeting with its agenda, attendance and proxies, and the chair console with its ballots. */
package org.icsse.governance.web.pages.meetings;
