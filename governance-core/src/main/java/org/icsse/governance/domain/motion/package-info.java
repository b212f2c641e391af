/** Motions and their amendments: numbering, status workflow, seconds, text versions and translations. */
package org.icsse.governance.domain.motion;
