/** Motions and amendments over HTTP: proposing, seconding, amending, admitting, withdrawing, translating and reading them. */
package org.icsse.governance.web.api.motion;
