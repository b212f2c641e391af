/** The job {@code purge-expired-tokens}: API tokens past their expiry are deleted. */
package org.icsse.governance.batch.tokens;
