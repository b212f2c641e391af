/** Password hashing with Jakarta Security's PBKDF2. */
package org.icsse.governance.infrastructure.security;
