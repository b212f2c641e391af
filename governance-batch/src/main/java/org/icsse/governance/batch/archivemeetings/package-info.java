/** The job {@code archive-meetings}: closed meetings with approved minutes are sealed into chained packages. */
package org.icsse.governance.batch.archivemeetings;
