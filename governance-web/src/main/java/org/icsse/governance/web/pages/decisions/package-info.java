/** The public decisions register: searched by body, year and text, a page at a time, readable without signing in. */
package org.icsse.governance.web.pages.decisions;
