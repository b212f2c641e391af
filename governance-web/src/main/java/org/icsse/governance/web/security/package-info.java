/** How people and API clients prove who they are: login form with session, or bearer token. */
package org.icsse.governance.web.security;
