/** The member register: member networks, their status workflow and their voting weight. */
package org.icsse.governance.domain.network;
