/** Files people download from the pages: a meeting's invitation for their calendar, the minutes as PDF. */
package org.icsse.governance.web.download;
