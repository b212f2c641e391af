/** The bean of the layout every page uses: navigation by role, language switch, sign-out. */
package org.icsse.governance.web.layout;
