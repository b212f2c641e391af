/** Motion texts as readers see them: Markdown made into safe HTML or plain text, and two versions compared line by line. */
package org.icsse.governance.application.text;
