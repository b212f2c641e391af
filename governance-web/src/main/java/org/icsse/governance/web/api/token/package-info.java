/** Bearer tokens for API clients, issued against a username and password. */
package org.icsse.governance.web.api.token;
