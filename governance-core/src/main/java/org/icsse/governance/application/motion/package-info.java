/** Motions and amendments from draft to admission: who may draft, edit, second, admit, amend and translate. */
package org.icsse.governance.application.motion;
