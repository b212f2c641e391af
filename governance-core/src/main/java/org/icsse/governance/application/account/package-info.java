/** Accounts, signing in with a password (with its lock), and the API's bearer tokens. */
package org.icsse.governance.application.account;
