package org.icsse.governance.domain.account;

/** What a person may do in the application. The names are the security groups of Jakarta Security. */
public enum Role {
    /** Acts for one member network: proposes, seconds, votes. */
    DELEGATE,
    /** Presides over meetings. */
    CHAIR,
    /** Coalition staff: keeps the register, the minutes and the archive. */
    SECRETARIAT,
    /** Runs the installation; may do everything the secretariat does. */
    ADMIN;

    /** Keeps the register of networks, bodies and accounts. */
    public boolean keepsRegister() {
        return this == SECRETARIAT || this == ADMIN;
    }
}
