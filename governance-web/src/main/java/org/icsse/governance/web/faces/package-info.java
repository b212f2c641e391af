/** What every page shares: the signed-in person's language and zone, translated texts, field errors and the instant converter. */
package org.icsse.governance.web.faces;
