package org.icsse.governance.web.api.guard;

import java.lang.reflect.Method;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the API's resource
 * methods (the method's annotation first, then its class's); a method that declares nothing is closed
 * to everybody. Unlike Jersey's own feature, it answers 401 to an anonymous caller and 403 only to a
 * signed-in one.
 */
@Provider
public class RoleRules implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleFilter(Set.of()));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleFilter(Set.of(method.getAnnotation(RolesAllowed.class).value())));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleFilter(Set.of()));
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleFilter(Set.of(type.getAnnotation(RolesAllowed.class).value())));
        } else if (!type.isAnnotationPresent(PermitAll.class)) {
            context.register(new RoleFilter(Set.of()));
        }
    }
}
