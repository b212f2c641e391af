/** Outgoing e-mail through Jakarta Mail to the SMTP server the settings name. */
package org.icsse.governance.infrastructure.mail;
