/** What the jobs share: reading a list of work items with a checkpoint, and recording why a step failed. */
package org.icsse.governance.batch.support;
