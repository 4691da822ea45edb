package com.houqin.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.houqin.people.Role;

/** A refusal lists the allowed roles in the Role enum's order, however the command named them. */
class RoleOrderTest {

    @Test
    void allowedRolesComeInTheEnumsOrder() {
        Role[] all = Role.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                for (int k = j + 1; k <= all.length; k++) {
                    Access access = k < all.length ? Access.roles(all[k], all[j], all[i]) : Access.roles(all[j], all[i]);
                    List<Role> expected = k < all.length ? List.of(all[i], all[j], all[k]) : List.of(all[i], all[j]);
                    assertThat(List.copyOf(access.roles())).isEqualTo(expected);
                }
            }
        }
    }
}
