/** The append-only, hash-chained audit log and the rule that checks it. */
package org.icsse.governance.domain.audit;
