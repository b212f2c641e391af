/** Meetings of a body: schedule and place, agenda, attendance, proxies, the quorum meter, and their minutes. */
package org.icsse.governance.domain.meeting;
