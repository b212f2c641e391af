/** The beans of the motion pages: the list of a body's motions, one motion with its workflow, the editors of motions and amendments. */
package org.icsse.governance.web.pages.motions;
