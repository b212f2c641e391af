/** The job monitor: executions of every job with their counts and failures; start and restart. */
package org.icsse.governance.batch.monitor;
