/** The beans of the pages at the root of the application: the login page and the home page. */
package org.icsse.governance.web.pages;
