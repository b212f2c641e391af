/** People's accounts over HTTP, kept by the secretariat. */
package org.icsse.governance.web.api.user;
