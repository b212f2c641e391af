/** Archive packages: sealing closed meetings into hash-chained zips, and checking them. */
package org.icsse.governance.application.archive;
