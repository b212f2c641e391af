/**
 * Fault tests (issue 7): the application on a Payara Micro the test starts, kills and cuts off from its database
 * itself — a SIGKILL in the middle of a burst of votes, a PostgreSQL outage behind a TCP proxy.
 */
package org.icsse.governance.web.faults;
