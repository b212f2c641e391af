/** What happens on the first start: the administrator account, and the demonstration coalition. */
package org.icsse.governance.infrastructure.bootstrap;
