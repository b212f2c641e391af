/** How the application meets the outside world: database, configuration, password hashing, first start. */
package org.icsse.governance.infrastructure;
