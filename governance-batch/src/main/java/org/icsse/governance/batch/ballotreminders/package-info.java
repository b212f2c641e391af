/** The job {@code ballot-reminders}: delegates of networks that have not voted are e-mailed before the deadline. */
package org.icsse.governance.batch.ballotreminders;
