/** The beans of the secretariat's pages: accounts, CSV import of networks, the audit log, the job monitor and the archive. */
package org.icsse.governance.web.pages.admin;
