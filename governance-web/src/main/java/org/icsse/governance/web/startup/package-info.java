/** The hook that starts the application when the web module starts. */
package org.icsse.governance.web.startup;
