/** Shared pieces of the tests that run against the application on Payara Micro (*IT). */
package org.icsse.governance.web.it;
