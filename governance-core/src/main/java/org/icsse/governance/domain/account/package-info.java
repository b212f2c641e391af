/** Accounts of people, their roles, the network a delegate acts for, login locks and API tokens. */
package org.icsse.governance.domain.account;
