/** Health checks read by load balancers and operators ({@code /health/ready}). */
package org.icsse.governance.web.health;
