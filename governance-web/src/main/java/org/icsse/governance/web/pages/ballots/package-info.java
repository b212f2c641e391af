/** The ballot pages: a delegate's voting page with its receipts, and one ballot with its rules, participation and result. */
package org.icsse.governance.web.pages.ballots;
