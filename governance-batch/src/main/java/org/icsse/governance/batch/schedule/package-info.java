/** When the batch jobs run. */
package org.icsse.governance.batch.schedule;
