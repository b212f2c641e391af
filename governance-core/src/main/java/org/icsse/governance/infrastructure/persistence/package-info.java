/** The database: the datasource chosen from the settings, Flyway migrations, and the JPA repositories. */
package org.icsse.governance.infrastructure.persistence;
