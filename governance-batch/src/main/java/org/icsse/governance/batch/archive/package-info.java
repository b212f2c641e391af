/** The command line that checks archive packages without a server: {@code java -jar governance-archive-verify.jar [package | directory]}. */
package org.icsse.governance.batch.archive;
