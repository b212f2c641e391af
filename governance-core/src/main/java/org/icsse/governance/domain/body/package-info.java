/** Governing bodies: their membership and standing rules (quorum, majority, seconds, proxy cap). */
package org.icsse.governance.domain.body;
