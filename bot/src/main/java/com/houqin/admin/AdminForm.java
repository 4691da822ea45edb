package com.houqin.admin;

import com.houqin.chat.Access;
import com.houqin.chat.form.FormDefinition;
import com.houqin.people.Role;

/** A form an admin fills in from /admin: admins only (checked at every answer), started again from /admin. */
public abstract class AdminForm implements FormDefinition {

    private final String name;

    protected AdminForm(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Access access() {
        return Access.roles(Role.ADMIN);
    }

    @Override
    public final String restartCommand() {
        return "/admin";
    }
}
