/** Every error of the API as an {@code application/problem+json} body, whatever raised it. */
package org.icsse.governance.web.api.problem;
