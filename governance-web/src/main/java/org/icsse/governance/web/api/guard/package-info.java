/** The API's own checks before a resource method runs: who may call it, and how large a request body may be. */
package org.icsse.governance.web.api.guard;
