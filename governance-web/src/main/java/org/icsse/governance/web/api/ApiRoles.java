package org.icsse.governance.web.api;

/** The role names that resource methods name in {@code @RolesAllowed}: the roles of the domain, as constants. */
public final class ApiRoles {

    public static final String DELEGATE = "DELEGATE";
    public static final String CHAIR = "CHAIR";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String ADMIN = "ADMIN";

    private ApiRoles() {
    }
}
