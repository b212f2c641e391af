/** Application services: the transaction boundary, where callers are checked and the domain is put to work. */
package org.icsse.governance.application;
