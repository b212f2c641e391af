/** Meetings of the bodies: planning, agenda, the sitting with attendance, proxies and quorum, and the minutes. */
package org.icsse.governance.application.meeting;
