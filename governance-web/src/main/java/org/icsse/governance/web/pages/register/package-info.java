/** The beans of the pages of the member register: networks and bodies. */
package org.icsse.governance.web.pages.register;
