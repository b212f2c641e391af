/** The benchmarks of issue 7: the application measured on Payara Micro and PostgreSQL against a baseline of the same run. */
package org.icsse.governance.bench;
