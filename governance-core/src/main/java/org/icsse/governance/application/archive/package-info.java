/** The archive package format: one zip per sealed meeting with a hash-chained manifest, and the verifier that checks it. */
package org.icsse.governance.application.archive;
