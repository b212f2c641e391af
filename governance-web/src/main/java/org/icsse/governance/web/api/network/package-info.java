/** The member register over HTTP: networks, their delegates, and the CSV import. */
package org.icsse.governance.web.api.network;
