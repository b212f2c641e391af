/** Settings from system properties and environment variables, and the clock. */
package org.icsse.governance.infrastructure.config;
