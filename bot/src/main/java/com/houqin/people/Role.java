package com.houqin.people;

/** What a person does at the workplace. One person may hold several roles. */
public enum Role {
    EMPLOYEE,
    TECHNICIAN,
    REPAIR_LEAD,
    COOK,
    DISPATCHER,
    DRIVER,
    MANAGER,
    ADMIN;

    public String textKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
