/** The audit log over HTTP: its newest entries and the check of its hash chain. */
package org.icsse.governance.web.api.audit;
