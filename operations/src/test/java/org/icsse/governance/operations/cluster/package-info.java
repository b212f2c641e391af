/** The cluster test: two Payara Micro instances of one data grid behind nginx on one PostgreSQL, and one of them killed. */
package org.icsse.governance.operations.cluster;
