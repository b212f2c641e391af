/** The decisions register: what the coalition's bodies adopted, numbered {@code ICSSE/2026/012}, for good. */
package org.icsse.governance.domain.decision;
