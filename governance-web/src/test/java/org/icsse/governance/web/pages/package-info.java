/** Browser tests of the pages, with headless Chromium against the application on Payara Micro. */
package org.icsse.governance.web.pages;
