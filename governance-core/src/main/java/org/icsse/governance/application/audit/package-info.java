/** Recording every change in the audit chain, reading it, and checking that nobody altered it. */
package org.icsse.governance.application.audit;
