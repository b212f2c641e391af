/** Meetings over HTTP: planning, the agenda, the sitting with attendance, proxies and quorum, and the minutes. */
package org.icsse.governance.web.api.meeting;
