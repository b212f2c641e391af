/** The job {@code close-ballots}: remote ballots past their deadline are closed as the chair would close them. */
package org.icsse.governance.batch.closeballots;
