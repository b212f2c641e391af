/** Faces push over WebSocket: tells the open meeting pages and chair consoles that their meeting, or one of its ballots, changed. */
package org.icsse.governance.web.push;
