/** The archive: meetings sealed for good into hash-chained packages, and the record of each package. */
package org.icsse.governance.domain.archive;
