/** Keeping the register: member networks (one by one or imported from CSV) and governing bodies. */
package org.icsse.governance.application.register;
