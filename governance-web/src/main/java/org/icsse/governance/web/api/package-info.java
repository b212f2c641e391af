/** The public REST API, version 1: the member register, accounts, bodies and the audit log, in JSON under {@code /api/v1}. */
package org.icsse.governance.web.api;
