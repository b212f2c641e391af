/** Faces push over WebSocket: tells the open meeting pages and chair consoles that their meeting changed. */
package org.icsse.governance.web.push;
