/** Governing bodies over HTTP: their members and standing rules. */
package org.icsse.governance.web.api.body;
