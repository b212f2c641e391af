/** The beans of the secretariat's pages: accounts, CSV import of networks and the audit log. */
package org.icsse.governance.web.pages.admin;
