/** What every part of the domain shares: its exceptions and the checks of typed text. */
package org.icsse.governance.domain.shared;
