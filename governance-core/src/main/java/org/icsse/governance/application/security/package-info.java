/** Who is calling, and the declarative check of what their roles allow. */
package org.icsse.governance.application.security;
