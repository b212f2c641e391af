/**
 * The application run as operators run it, outside any test container: the EAR deployed with {@code asadmin} on a
 * full Payara Server, and a backup ({@code pg_dump} and the archive directory) restored into a new database.
 */
package org.icsse.governance.operations.server;
