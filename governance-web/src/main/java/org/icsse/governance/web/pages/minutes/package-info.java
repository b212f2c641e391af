/** The beans of the minutes pages: the minutes of one meeting, and the register of a body's minutes. */
package org.icsse.governance.web.pages.minutes;
